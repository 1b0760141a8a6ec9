values = [1, 2]
mapping = {"a": 1}
merged = {**mapping,
          **values}
