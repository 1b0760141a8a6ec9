SCALE = 1
if __name__ == "__main__":
    print("never printed: this module is imported")
