__all__ = ["ok", 7]
ok = 1
