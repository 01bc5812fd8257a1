#!/usr/bin/python3
"""Article Extraction Benchmark (AEB) for Dossier's HTML import.

Scores `dossier-cli extract` over the 181 pages of shared/bench/aeb
(from scrapinghub/article-extraction-benchmark) with the benchmark's shingle
metric, beside readability-lxml (the peer) and the whole page text (a check on
the metric); verdict against F1 >= 0.960 and >= 10x the peer's pages/s on one
CPU.  `dossier-cli analyze --jsonl` (extraction plus the whole analysis:
entities, dates, quotes, events) is timed beside it on the same pages.
Standard library only (the peer runs in /usr/bin/python3).  See
bench/README.md.
"""

import argparse
import csv
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_AEB = os.path.join(os.path.dirname(REPO_ROOT), "shared", "bench", "aeb")
DEFAULT_CLI = os.path.join(REPO_ROOT, "_build", "src", "cli", "dossier-cli")
PEER_PYTHON = "/usr/bin/python3"

TARGET_F1 = 0.960
TARGET_SPEEDUP = 10.0
PUBLISHED_F1 = (  # shared/bench/aeb/README.md
    "rs_trafilatura 0.970, go_trafilatura 0.960, trafilatura 0.958, newspaper4k 0.949, "
    "Readability.js 0.947, readability-lxml 0.922, goose3 0.896, dom_smoothie 0.865, "
    "boilerpipe 0.860, justext 0.804, whole-page text (beautifulsoup) 0.665")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, code=1):
    print(f"aeb.py: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


# ---- Metric: as the AEB's evaluate.py defines it (written afresh here) ----

TOKEN = re.compile(r"\w+")  # a str pattern is Unicode-aware; case is kept


def shingles(text, n=4):
    """Multiset of n-token shingles.  As in the original, a text of 1..n-1
    tokens gives ONE shorter shingle (all its tokens), which can never match
    a 4-token one; an empty text gives none."""
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def page_pr(truth, pred):
    """Per-page (precision, recall); None = undefined, left out of the mean.
    tp/fp/fn are normalised to sum to 1 as the benchmark does, which cannot
    change either ratio.  An EMPTY PREDICTION has no precision, so it costs
    recall only.  Both texts empty -> P = R = 1 as shared/bench/aeb/README.md
    says (the original's filters would skip such a page); moot here, every
    ground truth has >= 66 tokens."""
    t, p = shingles(truth), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    s = tp + fp + fn
    if s == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / s, fp / s, fn / s
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def score(truth, preds):
    """Mean P and R over the pages where each is defined, F1 of the two means."""
    rows, ps, rs = [], [], []
    for pid, ttext in truth.items():
        p, r = page_pr(ttext, preds.get(pid, ""))
        ps += [] if p is None else [p]
        rs += [] if r is None else [r]
        rows.append((pid, p, r, 2 * p * r / (p + r) if p and r else 0.0))
    prec = statistics.mean(ps) if ps else None  # None: nothing predicted anywhere
    rec = statistics.mean(rs) if rs else 0.0
    return {"precision": prec, "recall": rec, "rows": rows,
            "f1": 2 * prec * rec / (prec + rec) if prec and rec else 0.0}


# ---- Extractors ----

class PageText(HTMLParser):
    """All text of a page but <script> and <style>: the whole-page baseline."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def whole_page_text(html):
    p = PageText()
    p.feed(html)
    p.close()
    return " ".join(p.parts)


def pinned(argv, cpu):
    return (["taskset", "-c", str(cpu)] if shutil.which("taskset") else []) + argv


def run_dossier(cli, paths, ids, runs, cpu, work, command=("extract",)):
    """Run the CLI `runs` times over all pages: (predictions, times, stderr lines)."""
    out, err = os.path.join(work, "dossier.jsonl"), os.path.join(work, "dossier.stderr")
    argv = pinned([cli, *command] + paths, cpu)
    times = []
    for r in range(1, runs + 1):
        log(f"dossier-cli {' '.join(command)}: run {r}/{runs} over {len(paths)} pages ...")
        with open(out, "wb") as o, open(err, "wb") as e:
            t0 = time.perf_counter()
            rc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=o, stderr=e).returncode
            times.append(time.perf_counter() - t0)
        if rc not in (0, 1):  # 1 = some files refused: their records are just missing
            with open(err, errors="replace") as f:
                die(f"dossier-cli exited with status {rc}; stderr ({err}):\n{f.read()[-2000:]}")
        log(f"dossier-cli: run {r}/{runs}: {times[-1]:.3f} s (exit {rc})")
    preds, by_name = {}, {os.path.basename(p): i for p, i in zip(paths, ids)}
    with open(out, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
                preds[by_name[os.path.basename(rec["file"])]] = "\n".join(
                    p["text"] for p in rec["paragraphs"])
            except (ValueError, KeyError, TypeError) as e:
                die(f"dossier-cli: output line {n} is not an article record of an input ({e!r})")
    with open(err, errors="replace") as f:
        return preds, times, [l.strip() for l in f if l.strip()]


def startup_seconds(cli, cpu, runs=15):
    """Median seconds of `dossier-cli --version`: loading the program and
    its libraries, what the peer's timing leaves out of its own."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(pinned([cli, "--version"], cpu), stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# Runs in Debian's python, pinned: reads every page first, then times only the
# extraction loop (no interpreter start-up, imports or disk).
PEER_CODE = r"""
import json, sys, time
try:
    import lxml.html, readability
    from readability import Document
except ImportError as e:
    print(json.dumps({"error": repr(e)})); sys.exit(0)
ver = getattr(readability, "__version__", "?")
# A newline after each block, or text_content() glues the last word of one
# paragraph to the first of the next.
BLOCKS = set("p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th blockquote pre table "
             "section article header footer figure figcaption dd dt".split())
pages = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        pages.append(f.read().decode("utf-8", "replace"))
texts = []
t0 = time.perf_counter()
for html in pages:
    try:
        root = lxml.html.fromstring(Document(html).summary(html_partial=True))
        for el in root.iter():
            if el.tag in BLOCKS:
                el.tail = "\n" + (el.tail or "")
        texts.append(root.text_content())
    except Exception:
        texts.append("")
print(json.dumps({"seconds": time.perf_counter() - t0, "texts": texts, "version": ver}))
"""


def run_peer(paths, ids, runs, cpu):
    """(predictions, times, version), or (None, None, why not)."""
    if not os.access(PEER_PYTHON, os.X_OK):
        return None, None, f"{PEER_PYTHON} not found"
    times = []
    for r in range(1, runs + 1):
        log(f"readability-lxml: run {r}/{runs} over {len(paths)} pages ...")
        p = subprocess.run(pinned([PEER_PYTHON, "-c", PEER_CODE] + paths, cpu),
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
        try:
            res = json.loads(p.stdout)
        except ValueError:
            die(f"readability-lxml run failed (status {p.returncode}):\n{p.stderr[-2000:]}")
        if "error" in res:
            return None, None, f"not importable ({res['error']}); apt install python3-readability"
        times.append(res["seconds"])
        log(f"readability-lxml: run {r}/{runs}: {times[-1]:.3f} s (extraction only)")
    return dict(zip(ids, res["texts"])), times, res["version"]


# ---- Report ----

def machine_info(cpu):
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            model = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (f"machine: nproc={len(os.sched_getaffinity(0))} ({os.cpu_count()} online), "
            f"CPU: {model}, kernel {platform.release()}, pinned to CPU {cpu}, "
            f"python {platform.python_version()}")


def verdict(f1, speed, peer_speed, refused, n, loop_speed):
    checks = [f"F1 {f1:.3f} {'≥' if f1 >= TARGET_F1 else '<'} {TARGET_F1:.3f} "
              f"{'PASS' if f1 >= TARGET_F1 else 'FAIL'}"]
    ok = f1 >= TARGET_F1
    if peer_speed is None:
        print("speed: not compared (no peer)")
        checks.append("speed not measured")
    elif refused == n:  # refusing unread pages is no speed to claim
        print(f"speed: not comparable, dossier-cli refused all {n} pages")
        checks.append("speed FAIL (every page refused)")
        ok = False
    else:
        # Extraction loop against extraction loop: the peer's timing leaves
        # out Python's start-up, its imports and reading the pages.
        ratio = loop_speed / peer_speed
        print(f"speed: dossier is {ratio:.1f}× readability-lxml, extraction against extraction "
              f"({speed / peer_speed:.1f}× with dossier-cli's start-up in its time"
              + (f"; the {refused} refused pages count as done)" if refused else ")"))
        checks.append(f"{ratio:.1f}× {'≥' if ratio >= TARGET_SPEEDUP else '<'} {TARGET_SPEEDUP:g}× "
                      f"{'PASS' if ratio >= TARGET_SPEEDUP else 'FAIL'}")
        ok = ok and ratio >= TARGET_SPEEDUP
    print(f"verdict: {'PASS' if ok else 'FAIL'} — " + "; ".join(checks))
    return ok


def main():
    ap = argparse.ArgumentParser(description="Score dossier-cli's HTML import on the "
                                 "Article Extraction Benchmark against readability-lxml.")
    ap.add_argument("--aeb-dir", default=DEFAULT_AEB, help="benchmark data (default <repo>/../shared/bench/aeb)")
    ap.add_argument("--cli", default=DEFAULT_CLI, help="dossier-cli binary (default _build/src/cli/dossier-cli)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool, median reported (default 3)")
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin runs to (default: first usable)")
    ap.add_argument("--work-dir", default=os.path.join(BENCH_DIR, "work", "aeb"),
                    help="where the pages are unpacked (default bench/work/aeb, gitignored)")
    ap.add_argument("--skip-peer", action="store_true", help="do not run readability-lxml")
    ap.add_argument("--per-page", metavar="FILE", help="write dossier's per-page scores as CSV, worst first")
    ap.add_argument("--strict", action="store_true", help="exit with status 3 if a target is missed")
    args = ap.parse_args()

    if args.runs < 1:
        die("--runs must be >= 1", 2)
    allowed = sorted(os.sched_getaffinity(0))
    args.cpu = allowed[0] if args.cpu is None else args.cpu
    if args.cpu not in allowed:
        die(f"--cpu {args.cpu} is not usable here (allowed: {allowed})", 2)
    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        die(f"dossier-cli not found at {cli}; build first: meson setup _build && ninja -C _build", 2)
    try:
        with open(os.path.join(args.aeb_dir, "ground-truth.json"), encoding="utf-8") as f:
            gt = json.load(f)
    except (OSError, ValueError) as e:
        die(f"cannot read the benchmark's ground truth: {e}", 2)

    # 1. Unpack the pages once; read them (warms the page cache for the runs).
    work = os.path.abspath(args.work_dir)
    os.makedirs(work, exist_ok=True)
    ids, paths, html = sorted(gt), [], {}
    for pid in ids:
        dst = os.path.join(work, pid + ".html")
        if not os.path.exists(dst):
            with gzip.open(os.path.join(args.aeb_dir, "html_gz", pid + ".html.gz")) as f, \
                    open(dst + ".tmp", "wb") as o:
                shutil.copyfileobj(f, o)
            os.rename(dst + ".tmp", dst)
        paths.append(dst)
        with open(dst, "rb") as f:
            html[pid] = f.read().decode("utf-8", "replace")
    truth = {pid: gt[pid].get("articleBody", "") for pid in ids}
    n = len(ids)

    # 2-4. Run and score dossier, the peer and the whole-page baseline.
    dpred, dtimes, dmsgs = run_dossier(cli, paths, ids, args.runs, args.cpu, work)
    startup = startup_seconds(cli, args.cpu)
    log(f"dossier-cli: start-up {startup * 1000:.1f} ms (median of `--version`)")
    results = [("dossier-cli extract", score(truth, dpred), n / statistics.median(dtimes))]
    apred, atimes, _ = run_dossier(cli, paths, ids, args.runs, args.cpu, work, ("analyze", "--jsonl"))
    results.append(("dossier-cli analyze --jsonl (extraction + analysis)", score(truth, apred),
                    n / statistics.median(atimes)))
    loop_speed = n / max(statistics.median(dtimes) - startup, 1e-6)
    peer_speed = None
    if args.skip_peer:
        results.append(("readability-lxml: skipped (--skip-peer)", None, None))
    else:
        ppred, ptimes, pver = run_peer(paths, ids, args.runs, args.cpu)
        if ppred is None:
            log(f"readability-lxml: skipped, {pver}")
            results.append((f"readability-lxml: skipped, {pver}", None, None))
        else:
            peer_speed = n / statistics.median(ptimes)
            results.append((f"readability-lxml {pver}", score(truth, ppred), peer_speed))
    log("whole-page text: scoring ...")
    results.append(("whole-page text (html.parser)",
                    score(truth, {pid: whole_page_text(h) for pid, h in html.items()}), None))

    # 5. Report.
    refused = n - len(dpred)
    print("## Article Extraction Benchmark\n")
    print(machine_info(args.cpu))
    print(f"data: {n} pages from {args.aeb_dir}; cli: {cli}")
    print(f"dossier-cli: {len(dpred)}/{n} pages gave an article record"
          + (f"; {refused} refused, e.g. {dmsgs[0].replace(work + os.sep, '')}"
             if refused and dmsgs else ""))
    print("\n| extractor | pages | precision | recall | F1 | pages/s |\n|---|---:|---:|---:|---:|---:|")
    for name, s, speed in results:
        prec = "n/a" if s is None or s["precision"] is None else f"{s['precision']:.3f}"
        print(f"| {name} | | | | | |" if s is None else
              f"| {name} | {n} | {prec} | {s['recall']:.3f} | {s['f1']:.3f} | "
              + ("—" if speed is None else f"{speed:.1f}") + " |")
    print(f"\ndossier-cli extract without its start-up ({startup * 1000:.0f} ms, measured as "
          f"`dossier-cli --version`): {loop_speed:.1f} pages/s")
    print(f"\npages/s: dossier-cli = the whole CLI process over all pages (start-up included; "
          f"the speed target is judged on extract, extraction against extraction); "
          f"readability-lxml = its extraction loop only; median of {args.runs} runs, one CPU. "
          f"Precision is the mean over pages with a non-empty prediction.\n")
    print(f"published F1: {PUBLISHED_F1}\n")
    ok = verdict(results[0][1]["f1"], results[0][2], peer_speed, refused, n, loop_speed)

    if args.per_page:
        with open(args.per_page, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "url", "precision", "recall", "f1", "predicted_chars", "truth_chars"])
            for pid, p, r, pf1 in sorted(results[0][1]["rows"], key=lambda x: (x[3], x[2] or 0, x[0])):
                w.writerow([pid, gt[pid].get("url", ""), "" if p is None else f"{p:.4f}",
                            "" if r is None else f"{r:.4f}", f"{pf1:.4f}",
                            len(dpred.get(pid, "")), len(truth[pid])])
        log(f"per-page scores: {args.per_page}")
    sys.exit(3 if args.strict and not ok else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
