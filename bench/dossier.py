#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Times the analysis of whole dossiers before and after a change.

`bench/analyze.py` measures articles analysed one by one (`--jsonl`); this
measures what a dossier costs as a whole (`analyze --json`: aliases across
articles, inferred publication dates, events linked across outlets), side
by side for a base commit and this checkout:

  - the sample dossier (seeds/, 5 articles);
  - each story of the corroboration set (bench/corroboration, 10 dossiers of
    5-6 articles; its texts are gathered by bench/corroboration/gather.py);
  - the benchmark corpus of bench/analyze.py as one dossier (1,731 articles,
    10 MB; made by bench/analyze.py --size-mb 10 --skip-peer).

For each it prints the median user CPU time of --runs runs and, with
--instructions, the instructions callgrind counts (one run: they do not
vary), which no other load on the machine disturbs.

    bench/dossier.py --base d8ba4ae [--runs 5] [--instructions]
    bench/dossier.py --base-cli PATH ...

The base is built in bench/work/dossier-base/ (git-ignored, kept between
runs); this checkout's build is _build/.  Needs /usr/bin/python3, GNU time,
and valgrind for --instructions.
"""

import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def build_base(commit, work):
    src = os.path.join(work, "src")
    build = os.path.join(work, "build")
    subprocess.run(["git", "-C", ROOT, "worktree", "prune"], check=True)
    if os.path.exists(src):
        shutil.rmtree(src)
    subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", "--force", src, commit],
                   check=True, capture_output=True)
    try:
        if os.path.exists(os.path.join(build, "build.ninja")):
            subprocess.run(["meson", "setup", "--reconfigure", build, src], check=True, capture_output=True)
        else:
            subprocess.run(["meson", "setup", build, src], check=True, capture_output=True)
        subprocess.run(["ninja", "-C", build, "src/cli/dossier-cli"], check=True, capture_output=True)
    finally:
        subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", src], capture_output=True)
    return os.path.join(build, "src", "cli", "dossier-cli")


def user_seconds(cli, paths):
    with tempfile.NamedTemporaryFile() as timing:
        subprocess.run(["/usr/bin/time", "-f", "%U %S", "-o", timing.name, cli, "analyze", "--json"] + paths,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fields = open(timing.name).read().split()
    return float(fields[-2])


def instructions(cli, paths):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, cli, "analyze",
                                 "--json"] + paths, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        match = re.search(r"Collected : (\d+)", result.stderr) or re.search(r"refs:\s+([\d,]+)", result.stderr)
        return int(match.group(1).replace(",", "")) if match else None


def dossiers():
    found = [("sample (seeds/)", sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))))]
    work = os.path.join(HERE, "work", "corroboration")
    stories = sorted(d for d in glob.glob(os.path.join(work, "s*")) if os.path.isdir(d))
    for story in stories:
        files = sorted(glob.glob(os.path.join(story, "*.txt")))
        if files:
            found.append(("corroboration " + os.path.basename(story), files))
    corpus = os.path.join(HERE, "work", "corpus")
    if os.path.isdir(corpus):
        files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
        if files:
            found.append(("benchmark corpus, %d articles" % len(files), [corpus]))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="the commit to compare with (built in bench/work/dossier-base)")
    ap.add_argument("--base-cli", help="a dossier-cli built before, instead of --base")
    ap.add_argument("--cli", default=os.path.join(ROOT, "_build", "src", "cli", "dossier-cli"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    args = ap.parse_args()

    if not args.base and not args.base_cli:
        ap.error("give --base COMMIT or --base-cli PATH")
    if not os.access(args.cli, os.X_OK):
        sys.exit("dossier.py: no %s; build first (ninja -C _build)" % args.cli)
    base_cli = args.base_cli or build_base(args.base, os.path.join(HERE, "work", "dossier-base"))
    label = args.base or args.base_cli

    print("## Dossier analysis, whole dossiers (analyze --json)\n")
    print("base: %s; this checkout: %s; median user CPU of %d runs%s\n"
          % (label, args.cli, args.runs, "; instructions by callgrind" if args.instructions else ""))
    header = "| dossier | base s | now s | change |"
    rule = "|---|---:|---:|---:|"
    if args.instructions:
        header += " base G instr. | now G instr. | change |"
        rule += "---:|---:|---:|"
    print(header)
    print(rule)
    totals = [0.0, 0.0, 0, 0]
    for name, paths in dossiers():
        base_runs, now_runs = [], []
        for _ in range(args.runs):
            base_runs.append(user_seconds(base_cli, paths))
            now_runs.append(user_seconds(args.cli, paths))
        b, n = statistics.median(base_runs), statistics.median(now_runs)
        totals[0] += b
        totals[1] += n
        row = "| %s | %.3f | %.3f | %+.0f%% |" % (name, b, n, (n / b - 1) * 100 if b > 0 else 0)
        if args.instructions:
            bi, ni = instructions(base_cli, paths), instructions(args.cli, paths)
            if bi and ni:
                totals[2] += bi
                totals[3] += ni
                row += " %.3f | %.3f | %+.1f%% |" % (bi / 1e9, ni / 1e9, (ni / bi - 1) * 100)
            else:
                row += " – | – | – |"
        print(row, flush=True)
    row = "| **all** | %.3f | %.3f | %+.0f%% |" % (totals[0], totals[1], (totals[1] / totals[0] - 1) * 100)
    if args.instructions and totals[2]:
        row += " %.3f | %.3f | %+.1f%% |" % (totals[2] / 1e9, totals[3] / 1e9, (totals[3] / totals[2] - 1) * 100)
    print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
