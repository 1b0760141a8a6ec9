#!/usr/bin/env python3
"""Times a generator pipeline under Viper (Release build) and CPython, interleaved, and prints
the median wall and CPU times of each. Usage: python3 tools/time_generators.py [runs] [viper-args...]"""
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VIPER = os.path.join(ROOT, "src", "Viper.Cli", "bin", "Release", "net10.0", "viper")
PROGRAM = '''
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value

def squares(source):
    for value in source:
        yield value * value

def running_total(source):
    total = 0
    for value in source:
        total += value
        yield total

def main():
    last = 0
    for last in running_total(squares(evens(numbers(3000000)))):
        pass
    print(last, sum(x for x in squares(numbers(1000000))))

main()
'''


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command, path):
    """Wall and CPU (user + system) seconds of one whole process: on a shared machine CPU time is the steadier one."""
    start, start_cpu = time.perf_counter(), cpu_seconds()
    result = subprocess.run(command + [path], capture_output=True, text=True, check=True)
    return (time.perf_counter() - start, cpu_seconds() - start_cpu), result.stdout


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    extra = sys.argv[2:]
    path = "/tmp/viper_generator_pipeline.py"
    with open(path, "w") as f:
        f.write(PROGRAM)
    viper, cpython = [], []
    for _ in range(runs):
        t, out_v = run([VIPER, *extra], path)
        viper.append(t)
        t, out_c = run([sys.executable], path)
        cpython.append(t)
        if out_v != out_c:
            sys.exit(f"outputs differ: {out_v!r} vs {out_c!r}")
    for i, kind in enumerate(["wall", "cpu"]):
        mv = statistics.median(t[i] for t in viper)
        mc = statistics.median(t[i] for t in cpython)
        print(f"{kind}: viper {' '.join(extra) or '(default)'} median {mv:.3f}s, cpython median {mc:.3f}s, ratio {mv / mc:.2f}")


main()
