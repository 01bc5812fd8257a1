#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""The events below the reader, at scale, under Xvfb with the cairo renderer.

1. The timeline with --events (1 000) events: it pans and zooms one step a
   frame, and every frame's work (from the frame clock's update phase to
   its after-paint: layout and drawing) is timed.  Target: median under
   16 ms.
2. The chronology with --rows (10 000) events: it scrolls a third of its
   height a frame, timed the same way.  Target: median under 16 ms.

The dossiers are made here: articles of made-up towns, each a few dated
sentences of different days, which the analysis reads as events of their
own.  tests/dossier-bench-events (built with the tests) opens them in a
real window, drives it and prints the timings; this script prints a table.

Usage: bench/events.py [--events 1000] [--rows 10000] [--frames 240]
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)

VERBS = ["approved", "rejected", "announced", "opened", "closed", "signed", "cancelled", "launched",
         "postponed", "inaugurated", "suspended", "confirmed"]
THINGS = ["a new budget", "the harbour plan", "a bridge", "the rail link", "a school", "the water treaty",
          "a trade agreement", "the festival", "a hospital wing", "the ferry line", "a tax reform",
          "the museum"]
BODIES = ["council", "assembly", "board", "ministry", "court", "union", "committee", "authority"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def make_corpus(directory, n_events, seed=17, per_article=5):
    """Articles whose sentences are each an event on a day of its own."""
    rng = random.Random(seed)
    days = set()
    n_articles = (n_events + per_article - 1) // per_article
    made = 0
    for a in range(n_articles):
        town = f"Town{a:05d}"
        lines = [f"News from {town}", ""]
        for _ in range(min(per_article, n_events - made)):
            while True:
                year, month, day = rng.randint(1980, 2024), rng.randint(1, 12), rng.randint(1, 28)
                if (year, month, day) not in days or len(days) > 15000:
                    break
            days.add((year, month, day))
            lines.append(f"On {day} {MONTHS[month - 1]} {year}, the {rng.choice(BODIES)} of {town} "
                         f"{rng.choice(VERBS)} {rng.choice(THINGS)}, officials said.")
            lines.append("")
            made += 1
        with open(os.path.join(directory, f"{a:05d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return n_articles


def run(exe, corpus, mode, frames, expected):
    env = dict(os.environ)
    env.update({
        "GSETTINGS_SCHEMA_DIR": os.path.join(REPO_ROOT, "_build", "data"),
        "GSETTINGS_BACKEND": "memory",
        "GSK_RENDERER": "cairo",
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "XDG_DATA_HOME": tempfile.mkdtemp(prefix="dossier-bench-events-"),
    })
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24 -noreset", exe, mode, corpus,
                          str(frames), str(expected)],
                         env=env, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        sys.exit(f"events.py: {mode} failed:\n{out.stderr[-2000:]}")
    values = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--frames", type=int, default=240)
    parser.add_argument("--exe", default=os.path.join(REPO_ROOT, "_build", "tests", "dossier-bench-events"))
    args = parser.parse_args()
    if not os.path.exists(args.exe):
        sys.exit(f"events.py: no {args.exe}: build first (ninja -C _build)")

    work = tempfile.mkdtemp(prefix="dossier-bench-events-")
    try:
        rows = []
        for mode, n in (("timeline", args.events), ("chronology", args.rows)):
            corpus = os.path.join(work, mode)
            os.makedirs(corpus)
            n_articles = make_corpus(corpus, n)
            print(f"{mode}: {n_articles} articles written, opening…", file=sys.stderr)
            values = run(args.exe, corpus, mode, args.frames, n)
            rows.append((mode, values))
        print(f"machine: nproc={os.cpu_count()}, renderer cairo, Xvfb 1400x900, window 1400x900")
        print()
        print("| view | events | frames | frame work median ms | p95 ms | max ms | frame interval median ms |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        verdicts = []
        for mode, v in rows:
            print(f"| {mode} ({v['what']}) | {v['events']} | {v['frames']} | {v['median_ms']} | {v['p95_ms']} | "
                  f"{v['max_ms']} | {v['interval_median_ms']} |")
            verdicts.append(f"{mode} median {v['median_ms']} ms " + ("< 16 PASS" if float(v['median_ms']) < 16 else
                                                                     ">= 16 FAIL"))
        print()
        print("verdict: " + "; ".join(verdicts))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
