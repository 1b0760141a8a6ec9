print("running lib.raises_on_import")
1 / 0
