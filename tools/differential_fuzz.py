#!/usr/bin/env python3
"""Differential fuzzing of Viper against CPython 3.11 with generated programs.

Usage:
    python3 tools/differential_fuzz.py --viper PATH [--kind KIND]... [--seeds N] [--first K] [--keep DIR]

Each seed generates one program of each kind, deterministically:
    expressions  mixed int/float/bool/big-int operands through every binary and unary operator,
                 in a function called repeatedly (so the CIL tier compiles it)
    loops        a loop whose variables change type and magnitude and may raise mid-loop
                 (specialized int and float code, its overflow checks and deoptimizations)
    formatting   format() with random specs, % formatting and str/repr of edge-case numbers
    classes      operators and comparisons between instances of random classes (a subclass or
                 two) whose special methods return values, NotImplemented or raise, in a hot
                 function, with methods patched, set to None and deleted between rounds
    generators   generator functions with yields inside loops, try/except/finally, yield from
                 and returns, driven by for loops, builtins, send(), throw() and close()

The program runs under CPython (this interpreter, which must be 3.11) and under Viper in the
default tier, --tier jit, --tier interp and --tier auto --jit-threshold 3; any difference in
stdout, stderr or exit status is reported with the seed, and the program is written to --keep
(default: a temporary directory) so it can be rerun. Programs CPython itself cannot finish in
time are skipped. Exit status 1 when some seed differed.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

from fuzz_programs import KINDS

REQUIRED = (3, 11)
TIMEOUT_SECONDS = 30
MODES = [[], ["--tier", "jit"], ["--tier", "interp"], ["--tier", "auto", "--jit-threshold", "3"]]

def run(command, path):
    try:
        done = subprocess.run(command + [path], capture_output=True, timeout=TIMEOUT_SECONDS, cwd=os.path.dirname(path),
                              env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return None


def main():
    if sys.version_info[:2] != REQUIRED:
        sys.exit(f"differential_fuzz.py needs CPython {REQUIRED[0]}.{REQUIRED[1]}, not {sys.version.split()[0]}")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--viper", required=True, help="the viper command to test")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="program kinds (default: all)")
    parser.add_argument("--seeds", type=int, default=50, help="seeds per kind (default 50)")
    parser.add_argument("--first", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--keep", help="directory for the generated programs (default: a temporary one)")
    options = parser.parse_args()
    directory = options.keep or tempfile.mkdtemp(prefix="viper-fuzz-")
    os.makedirs(directory, exist_ok=True)
    differences = 0
    for kind in options.kind or sorted(KINDS):
        for seed in range(options.first, options.first + options.seeds):
            path = os.path.join(directory, f"{kind}_{seed}.py")
            with open(path, "w", encoding="utf-8") as program:
                program.write(KINDS[kind](random.Random(seed)))
            expected = run([sys.executable], path)
            if expected is None:
                continue
            for mode in MODES:
                got = run([options.viper] + mode, path)
                if got != expected:
                    differences += 1
                    print(f"{kind} seed {seed} differs under viper {' '.join(mode) or '(default tier)'}: {path}")
                    break
    print(f"{differences} of {len(options.kind or KINDS) * options.seeds} programs differed; programs in {directory}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
