#!/usr/bin/env python3
"""Regenerate the expected-output files of the Viper differential test corpus.

Usage:
    python3 tools/capture_expected.py [paths...]

Each path may be a corpus program (.py) or a directory (searched recursively
for .py files). With no paths, the whole corpus under
tests/Viper.Tests/Corpus is captured.

For every program <name>.py this runs CPython 3.11 with the program's
directory as the working directory, `<name>.py` as argv[0] and no other
arguments, stdin from /dev/null, and PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8.
It then writes:
    <name>.out  the exact bytes written to stdout (may be empty)
    <name>.err  only when the exit status is non-zero: the exit code on the
                first line, then everything written to stderr, with the
                program's directory removed from file paths (CPython names
                scripts by absolute path; the corpus must not depend on where
                the checkout lives)
A stale <name>.err is deleted when the program now exits with status 0.
"""
import os
import subprocess
import sys

REQUIRED = (3, 11)
TIMEOUT_SECONDS = 60

if sys.version_info[:2] != REQUIRED:
    sys.stderr.write(
        "capture_expected.py: the corpus must be captured with CPython %d.%d, "
        "but this is Python %d.%d (%s).\n"
        "Run it with a Python 3.11 interpreter, e.g. `python3.11 tools/capture_expected.py`.\n"
        % (REQUIRED[0], REQUIRED[1], sys.version_info[0], sys.version_info[1], sys.executable)
    )
    sys.exit(2)
if sys.implementation.name != "cpython":
    sys.stderr.write("capture_expected.py: must run under CPython, not %s.\n" % sys.implementation.name)
    sys.exit(2)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO_ROOT, "tests", "Viper.Tests", "Corpus")


def collect(paths):
    programs = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                # A lib directory holds modules the programs import, not programs.
                dirs[:] = sorted(d for d in dirs if d != "lib" and d != "__pycache__")
                for f in sorted(files):
                    if f.endswith(".py"):
                        programs.append(os.path.join(root, f))
        elif p.endswith(".py") and os.path.isfile(p):
            programs.append(p)
        else:
            sys.stderr.write("capture_expected.py: not a .py file or directory: %s\n" % p)
            sys.exit(2)
    return programs


def portable_stderr(data, directory):
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return text.replace(directory + os.sep, "")


def capture(program):
    directory, name = os.path.split(program)
    base = name[:-3]
    env = dict(os.environ)
    for key in list(env):
        if key.startswith("PYTHON"):
            del env[key]
    env["PYTHONHASHSEED"] = "0"
    # Importing modules from the corpus must not leave __pycache__ directories in it.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        proc = subprocess.run(
            [sys.executable, name],
            cwd=directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        sys.stderr.write("TIMEOUT (%ds): %s -- expected files not written\n" % (TIMEOUT_SECONDS, program))
        return False
    with open(os.path.join(directory, base + ".out"), "wb") as f:
        f.write(proc.stdout)
    err_path = os.path.join(directory, base + ".err")
    if proc.returncode != 0:
        with open(err_path, "wb") as f:
            f.write(("%d\n%s" % (proc.returncode, portable_stderr(proc.stderr, directory))).encode("utf-8"))
    elif os.path.exists(err_path):
        os.remove(err_path)
    return True


def main(argv):
    paths = argv[1:] or [CORPUS]
    programs = collect(paths)
    failures = 0
    for program in programs:
        if not capture(program):
            failures += 1
    print("captured %d program(s), %d failure(s)" % (len(programs) - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
