__all__ = ["listed_one", "_listed_private"]
listed_one = 1
_listed_private = 2
not_listed = 3
