"""Times Viper's benchmark files under CPython exactly as the harness times them in Viper.

Usage: python3 perf/bench_cpython.py --warmup W --warmup-seconds S --reps R file.py [file.py ...]

Each file defines bench(). The driver loads the file as a module, calls bench() at least W times
and for at least S seconds to warm up, then R times, each timed on its own with
time.perf_counter, and prints one JSON object per
file on its own line: name, the sample times in seconds, and repr(bench()) so the harness can
check that both interpreters computed the same thing.
"""
import argparse
import importlib.util
import json
import os
import time


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return name, module.bench


def measure(bench, warmup, warmup_seconds, reps):
    result = None
    calls = 0
    start = time.perf_counter()
    while calls < warmup or time.perf_counter() - start < warmup_seconds:
        result = bench()
        calls += 1
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        result = bench()
        samples.append(time.perf_counter() - start)
    return samples, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--warmup-seconds", type=float, default=0.0)
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        name, bench = load(path)
        samples, result = measure(bench, args.warmup, args.warmup_seconds, args.reps)
        print(json.dumps({"name": name, "samples": samples, "result": repr(result)}), flush=True)


if __name__ == "__main__":
    main()
