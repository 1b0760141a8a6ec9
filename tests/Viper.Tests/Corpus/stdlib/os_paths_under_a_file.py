# os functions given a file where a directory belongs, or a path through a file: CPython's
# NotADirectoryError (errno 20) or FileNotFoundError, never anything created.
import os

here = __file__
missing = os.path.join(os.path.dirname(here), "no_such_directory_here")
cases = [
    ("listdir", os.listdir, here),
    ("listdir", os.listdir, os.path.join(here, "sub")),
    ("listdir", os.listdir, here + "/"),
    ("listdir", os.listdir, missing),
    ("mkdir", os.mkdir, os.path.join(here, "sub")),
    ("mkdir", os.mkdir, os.path.join(missing, "sub")),
    ("mkdir", os.mkdir, here),
    ("makedirs", os.makedirs, os.path.join(here, "a", "b")),
    ("makedirs", os.makedirs, here),
    ("rmdir", os.rmdir, here),
    ("rmdir", os.rmdir, os.path.join(here, "sub")),
    ("rmdir", os.rmdir, missing),
    ("remove", os.remove, os.path.join(here, "sub")),
    ("remove", os.remove, missing),
]
for name, function, path in cases:
    try:
        function(path)
        print(name, "succeeded")
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, e.filename == path, os.path.basename(str(e.filename)))
print(os.path.exists(missing), os.path.isfile(here))
