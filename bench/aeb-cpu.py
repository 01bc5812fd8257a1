#!/usr/bin/python3
"""CPU time of `dossier-cli extract` on the AEB pages, for one or more
binaries, beside readability-lxml's extraction loop, run interleaved.

bench/aeb.py times wall clocks, which on a shared machine measure its load
as much as the code (the peer's loop and the CLI's short runs meet
different neighbours).  This script runs each binary and the peer in turn,
`--runs` times, all pinned to one CPU, and compares the CPU time each used
(getrusage of the child; the peer's own time.process_time() around its
loop, which leaves out its start-up as aeb.py does).  The pages are the
ones aeb.py unpacked (run it once first).  Standard library only.

    bench/aeb-cpu.py [--runs 9] NAME=PATH [NAME=PATH ...]
    e.g. bench/aeb-cpu.py before=/tmp/dossier-cli-old after=_build/src/cli/dossier-cli
"""

import argparse
import glob
import json
import os
import re
import resource
import statistics
import subprocess
import sys

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PEER_PYTHON = "/usr/bin/python3"


def child_cpu(argv):
    """CPU seconds (user + system) of running @argv, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binaries", nargs="+", metavar="NAME=PATH")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--cpu", type=int, default=min(os.sched_getaffinity(0)))
    ap.add_argument("--pages", default=os.path.join(BENCH_DIR, "work", "aeb"),
                    help="folder of the unpacked pages (bench/aeb.py's --work-dir)")
    args = ap.parse_args()

    pages = sorted(glob.glob(os.path.join(args.pages, "*.html")))
    if not pages:
        sys.exit(f"aeb-cpu: no pages in {args.pages}; run bench/aeb.py once first")
    binaries = dict(b.split("=", 1) for b in args.binaries)
    # aeb.py's peer code, timed with the process's CPU clock.
    with open(os.path.join(BENCH_DIR, "aeb.py")) as f:
        peer = re.search(r'PEER_CODE = r"""(.*?)"""', f.read(), re.S).group(1)
    peer = peer.replace("time.perf_counter()", "time.process_time()")
    pin = ["taskset", "-c", str(args.cpu)]

    times = {name: [] for name in list(binaries) + ["start-up", "readability-lxml"]}
    for run in range(args.runs):
        for name, path in binaries.items():
            times[name].append(child_cpu(pin + [path, "extract"] + pages)[0])
        first = next(iter(binaries.values()))
        times["start-up"].append(statistics.median(child_cpu(pin + [first, "--version"])[0] for _ in range(5)))
        result = json.loads(child_cpu(pin + [PEER_PYTHON, "-c", peer] + pages)[1])
        if "error" in result:
            sys.exit(f"aeb-cpu: readability-lxml is not importable ({result['error']})")
        times["readability-lxml"].append(result["seconds"])
        print(f"aeb-cpu: run {run + 1}/{args.runs} done", file=sys.stderr)

    median = {name: statistics.median(t) for name, t in times.items()}
    peer_seconds = median["readability-lxml"]
    print(f"{len(pages)} pages, CPU {args.cpu}, median of {args.runs} interleaved runs (CPU time)")
    print("| | CPU s | pages/s | without start-up | × readability-lxml (without start-up) |")
    print("|---|---:|---:|---:|---:|")
    for name in binaries:
        own = median[name] - median["start-up"]
        print(f"| {name} | {median[name]:.3f} | {len(pages) / median[name]:.1f} | "
              f"{len(pages) / own:.1f} | {peer_seconds / median[name]:.1f}× ({peer_seconds / own:.1f}×) |")
    print(f"| readability-lxml (its loop) | {peer_seconds:.3f} | {len(pages) / peer_seconds:.1f} | | |")
    print(f"start-up (`--version`): {median['start-up'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
