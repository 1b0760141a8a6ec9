import sys
print(len(sys.argv))
print(type(sys.argv), type(sys.argv[0]))
print(sys.argv[0].endswith('.py'))
print(len(sys.argv[0]) > 0)
