class Config:
    size = 10
    double = size * 2
    triple = sizes * 3


print("never")
