#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""The application's speed, under Xvfb with the cairo renderer.

1. Start-up: from process start to the first frame, and to the first frame
   showing the sample dossier's articles (target: first frame <= 300 ms).
2. Import of 10 000 articles (varied copies of the sample pages, built as
   bench/analyze.py builds its corpus): total time (target <= 5 s on 2 cores),
   the longest the main loop went without running while it imported
   (target <= 50 ms), peak RSS (target <= 500 MB).
3. On the dossier file that import made (a copy of it for every run):
   reopening it until its articles are shown (target <= 1 s); a publication
   date corrected, until its result is drawn (target <= 200 ms); 100 more
   articles imported into it, until they are drawn (target <= 1 s).  A
   dossier reopened from the results kept in its file finds again in the
   background what the next analysis reuses of each article; the
   correction and the import start once that is done (--at-once: as soon
   as the articles are shown, and they wait for it).

The app reports these itself when DOSSIER_BENCH is set (see
src/ui/dossier-bench.c). Medians of --runs runs; prints a table.

Usage: bench/app.py [--runs 5] [--articles 10000] [--app _build/src/dossier]
                    [--skip-startup]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
sys.path.insert(0, BENCH_DIR)
import analyze  # noqa: E402  (the corpus builder)


class Display:
    """One Xvfb server for every run, so its start-up is not counted."""

    def __enter__(self):
        for number in range(91, 120):
            if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
                break
        self.name = f":{number}"
        self.server = subprocess.Popen(["Xvfb", self.name, "-screen", "0", "1400x900x24", "-noreset", "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            if time.monotonic() > deadline or self.server.poll() is not None:
                sys.exit("app.py: Xvfb did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait()


DISPLAY = None
# Dossier files the app makes (the sample's, the untitled one an import
# starts) go here, not into the user's data folder; made once, so runs
# after the first open the sample from its dossier file, as a person's
# every start but the first does.
DATA_HOME = tempfile.mkdtemp(prefix="dossier-bench-app-")


def run_app(app, env_extra, timeout=180):
    env = dict(os.environ)
    env["DISPLAY"] = DISPLAY
    env.update({
        "GSETTINGS_SCHEMA_DIR": os.path.join(REPO_ROOT, "_build", "data"),
        "GSETTINGS_BACKEND": "memory",
        "GSK_RENDERER": "cairo",
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "DOSSIER_SEEDS_DIR": os.path.join(REPO_ROOT, "seeds"),
        "XDG_DATA_HOME": DATA_HOME,
    })
    env.update(env_extra)
    # The clock the app compares against: CLOCK_MONOTONIC, in microseconds.
    env["DOSSIER_BENCH_T0"] = str(time.monotonic_ns() // 1000)
    out = subprocess.run([app], env=env, capture_output=True, text=True, timeout=timeout)
    values = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                pass
    if not values:
        sys.exit(f"app.py: the app reported nothing (exit {out.returncode}):\n{out.stderr[-2000:]}")
    return values


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--app", default=os.path.join(REPO_ROOT, "_build", "src", "dossier"))
    ap.add_argument("--skip-startup", action="store_true", help="measure only the import and the large dossier")
    ap.add_argument("--at-once", action="store_true",
                    help="correct and import right after the reopened dossier is shown, not once what the next "
                         "analysis reuses was found again in the background")
    args = ap.parse_args()

    if not os.path.exists(args.app):
        sys.exit("build first: meson setup _build && ninja -C _build")

    global DISPLAY
    display = Display().__enter__()
    DISPLAY = display.name
    try:
        measure(args)
    finally:
        display.__exit__()
        shutil.rmtree(DATA_HOME, ignore_errors=True)


def measure(args):
    startup = startup_no_gl = []
    if not args.skip_startup:
        # One run first to warm the file cache, as a second start of an app is.
        run_app(args.app, {"DOSSIER_BENCH": "startup"})
        startup = [run_app(args.app, {"DOSSIER_BENCH": "startup"}) for _ in range(args.runs)]
        # Without a GPU, GTK still sets up Mesa's software OpenGL (llvmpipe)
        # although the cairo renderer never uses it; the same start without it.
        startup_no_gl = [run_app(args.app, {"DOSSIER_BENCH": "startup", "GDK_DEBUG": "gl-disable"})
                         for _ in range(args.runs)]

    # A corpus of exactly --articles files.
    work = os.path.join(BENCH_DIR, "work", "app")
    os.makedirs(work, exist_ok=True)
    seeds = analyze.read_seeds()
    size_mb = args.articles * 5.75 / 1000  # about 5.7 KB an article
    corpus, stamp = analyze.build_corpus(work, seeds, size_mb, 20241017)
    while stamp["files"] < args.articles + 100:
        size_mb *= 1.05
        corpus, stamp = analyze.build_corpus(work, seeds, size_mb, 20241017)
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
    dossier_dir = os.path.join(work, f"dossier-{args.articles}")
    if not os.path.isdir(dossier_dir) or len(os.listdir(dossier_dir)) != args.articles:
        os.makedirs(dossier_dir, exist_ok=True)
        for n in os.listdir(dossier_dir):
            os.unlink(os.path.join(dossier_dir, n))
        for n in names[:args.articles]:
            os.symlink(os.path.join(corpus, n), os.path.join(dossier_dir, n))
    more_dir = os.path.join(work, f"more-{args.articles}")
    if not os.path.isdir(more_dir) or len(os.listdir(more_dir)) != 100:
        os.makedirs(more_dir, exist_ok=True)
        for n in os.listdir(more_dir):
            os.unlink(os.path.join(more_dir, n))
        for n in names[args.articles:args.articles + 100]:
            os.symlink(os.path.join(corpus, n), os.path.join(more_dir, n))
    files_dir = os.path.join(DATA_HOME, "dossier")
    imports = []
    for _ in range(max(1, args.runs // 2)):
        if os.path.isdir(files_dir):
            shutil.rmtree(files_dir)
        imports.append(run_app(args.app, {"DOSSIER_BENCH": f"import:{dossier_dir}"}, timeout=600))

    # The dossier file the last import made, copied for every run (a
    # correction and an import change it).
    made = [os.path.join(files_dir, n) for n in os.listdir(files_dir) if n.endswith(".dossier")]
    base = max(made, key=os.path.getsize)
    large = {"reopen": [], "correct": [], "add": []}
    for kind in large:
        # One run first: its file's cache is filled, as a dossier opened
        # before has it.
        for run in range(args.runs + 1):
            copy = os.path.join(work, f"bench-{kind}.dossier")
            shutil.copyfile(base, copy)
            if run == 0:
                run_app(args.app, {"DOSSIER_BENCH": f"reopen:{copy}"}, timeout=600)
                base_warm = os.path.join(work, "bench-warm.dossier")
                shutil.copyfile(copy, base_warm)
                continue
            shutil.copyfile(base_warm, copy)
            mode = f"{kind}:{copy}" + (f":{more_dir}" if kind == "add" else "")
            env = {"DOSSIER_BENCH": mode}
            if args.at_once:
                env["DOSSIER_BENCH_AT_ONCE"] = "1"
            large[kind].append(run_app(args.app, env, timeout=600))
            os.unlink(copy)

    def median(rows, key):
        return statistics.median(r[key] for r in rows)

    print(f"## Dossier application benchmark ({time.strftime('%Y-%m-%d')})\n")
    print(f"machine: nproc={os.cpu_count()}, Xvfb (started once), GSK_RENDERER=cairo; medians of {len(startup)} start-ups, "
          f"{len(imports)} imports and {args.runs} runs on the large dossier\n")
    print("| measure | median | target | verdict |")
    print("|---|---:|---:|---|")
    total = median(imports, "import-s")
    stall = median(imports, "longest-stall-ms")
    rss = max(r["peak-rss-kib"] for r in imports) / 1024
    n = int(imports[0]["articles"])
    rows = []
    if startup:
        first = median(startup, "first-frame-ms")
        shown = median(startup, "sample-shown-ms")
        first_no_gl = median(startup_no_gl, "first-frame-ms")
        shown_no_gl = median(startup_no_gl, "sample-shown-ms")
        rows += [
        ("process start → first frame", f"{first:.0f} ms", "≤ 300 ms", first <= 300),
        ("process start → sample articles shown", f"{shown:.0f} ms", "", None),
        ("the same without software OpenGL: first frame", f"{first_no_gl:.0f} ms", "≤ 300 ms", first_no_gl <= 300),
        ("the same without software OpenGL: sample shown", f"{shown_no_gl:.0f} ms", "", None),
        ]
    rows += [
        (f"import {n} articles: total", f"{total:.2f} s", "≤ 5 s", total <= 5),
        ("longest main-loop stall during import", f"{stall:.0f} ms", "≤ 50 ms", stall <= 50),
        ("peak RSS after import", f"{rss:.0f} MB", "≤ 500 MB", rss <= 500),
    ]
    reopen = median(large["reopen"], "reopen-ms")
    correct = median(large["correct"], "correct-ms")
    add = median(large["add"], "add-ms")
    added = int(large["add"][0]["articles"]) - n
    rows += [
        (f"reopen the {n}-article dossier: articles shown", f"{reopen:.0f} ms", "≤ 1000 ms", reopen <= 1000),
        ("a publication date corrected: result drawn", f"{correct:.0f} ms", "≤ 200 ms", correct <= 200),
        (f"import {added} more articles: drawn", f"{add:.0f} ms", "≤ 1000 ms", add <= 1000),
        ("longest main-loop stall during the correction",
         f"{median(large['correct'], 'longest-stall-ms'):.0f} ms", "≤ 50 ms", None),
    ]
    for name, value, target, ok in rows:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"| {name} | {value} | {target} | {verdict} |")


if __name__ == "__main__":
    main()
