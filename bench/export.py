#!/usr/bin/python3
"""Dossier export benchmark.

Makes a dossier file of 1 000 articles (from analyze.py's generated
corpus of real seed pages), puts 300 annotations in it, then times
`dossier-cli export` to PDF, CSV and JSON: median wall time of --runs runs
and peak RSS (the whole process: reading the dossier, cleaning and
analysing every article again, then writing).  The first row, the
smallest export (the articles table alone), is mostly opening and
analysing the dossier; the others' difference to it is what their
writers cost.

    python3 bench/export.py [--articles 1000] [--runs 3]

Python 3 standard library only.  See bench/README.md.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import uuid

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BENCH_DIR)
import analyze  # noqa: E402  (the corpus generator and the measuring helpers)

DEFAULT_CLI = os.path.join(analyze.REPO_ROOT, "_build", "src", "cli", "dossier-cli")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def make_dossier(cli, work, articles):
    seeds = analyze.read_seeds()
    corpus, _ = analyze.build_corpus(work, seeds, max(2.0, articles * 0.0075), 1)
    files = analyze.corpus_files(corpus)[:articles]
    if len(files) < articles:
        sys.exit(f"export.py: the corpus has only {len(files)} articles")
    folder = os.path.join(work, "export", "articles")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for path in files:
        os.link(path, os.path.join(folder, os.path.basename(path)))
    dossier = os.path.join(work, "export", "bench.dossier")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dossier + suffix):
            os.unlink(dossier + suffix)
    r = subprocess.run([cli, "import", "--dossier", dossier, folder], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"export.py: import failed: {r.stderr}")
    log(r.stdout.strip())
    return dossier, files


def add_annotations(dossier, files, n):
    """Annotations as the app writes them: a quote of each article's text."""
    rng = random.Random(7)
    db = sqlite3.connect(dossier)
    sources = db.execute("SELECT id, content FROM sources ORDER BY id").fetchall()
    colours = ["yellow", "green", "blue", "red", "purple"]
    for i in range(n):
        source, content = sources[rng.randrange(len(sources))]
        text = content.decode("utf-8", "replace")
        words = [w for w in text.split() if len(w) > 6]
        exact = words[rng.randrange(len(words))] if words else "the"
        note = f"Note {i}: check this against the wire copy, \"{exact}\", page {rng.randrange(1, 9)}"
        db.execute("INSERT INTO annotations (id, source, exact, prefix, suffix, start, end, orphaned, colour,"
                   " note, tags, created, modified) VALUES (?, ?, ?, '', '', 0, 0, 0, ?, ?, ?, ?, ?)",
                   (str(uuid.uuid4()), source, exact, colours[i % 5], note, json.dumps(["claim", f"t{i % 7}"]),
                    "2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z"))
    db.commit()
    db.close()


def measure(cli, argv, work, runs, use_gnu_time):
    times, rss = [], []
    out = os.path.join(work, "export", "run.out")
    err = os.path.join(work, "export", "run.err")
    for _ in range(runs):
        seconds, rss_kib, rc = analyze.run_measured([cli] + argv, work, out, err, 0, use_gnu_time)
        if rc != 0:
            with open(err) as f:
                sys.exit(f"export.py: {' '.join(argv)} failed: {f.read()}")
        times.append(seconds)
        rss.append(rss_kib / 1024)
    return statistics.median(times), max(rss)


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, n)) for n in os.listdir(path))
    return os.path.getsize(path)


def pdf_pages(path):
    if shutil.which("pdfinfo") is None:
        return "?"
    r = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--annotations", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", default=DEFAULT_CLI)
    ap.add_argument("--work-dir", default=os.path.join(BENCH_DIR, "work"))
    args = ap.parse_args()
    if not os.access(args.cli, os.X_OK):
        sys.exit(f"export.py: {args.cli} is missing; {analyze.BUILD_HINT}")
    work = os.path.abspath(args.work_dir)
    os.makedirs(os.path.join(work, "export"), exist_ok=True)
    use_gnu_time = analyze.has_gnu_time()

    dossier, files = make_dossier(args.cli, work, args.articles)
    add_annotations(dossier, files, args.annotations)
    out = os.path.join(work, "export")
    rows = []
    base = ["export", "--dossier", dossier]
    cases = [
        ("open + analyse only (CSV articles table)", base + ["--format", "csv", "--table", "articles",
                                                            "--output", os.path.join(out, "articles.csv")],
         os.path.join(out, "articles.csv")),
        ("PDF report, everything", base + ["--format", "pdf", "--output", os.path.join(out, "report.pdf")],
         os.path.join(out, "report.pdf")),
        ("CSV, all five tables", base + ["--format", "csv", "--output", os.path.join(out, "tables")],
         os.path.join(out, "tables")),
        ("JSON with W3C annotations", base + ["--format", "json", "--output", os.path.join(out, "dossier.json")],
         os.path.join(out, "dossier.json")),
    ]
    for name, argv, result in cases:
        log(f"running: {name} ({args.runs} runs)")
        seconds, rss = measure(args.cli, argv, work, args.runs, use_gnu_time)
        extra = f", {pdf_pages(result)} pages" if result.endswith(".pdf") else ""
        rows.append((name, seconds, rss, size_of(result) / 1e6, extra))

    print(f"Export of a dossier of {args.articles} articles and {args.annotations} annotations "
          f"(`dossier-cli export`, median of {args.runs} runs, one core; peak RSS of the whole process)\n")
    print("| export | time (s) | peak RSS (MB) | output |")
    print("|---|---:|---:|---|")
    for name, seconds, rss, mb, extra in rows:
        print(f"| {name} | {seconds:.2f} | {rss:.0f} | {mb:.1f} MB{extra} |")
    base_seconds = rows[0][1]
    print()
    for name, seconds, _, _, _ in rows[1:]:
        print(f"- {name}: the writer itself takes about {max(seconds - base_seconds, 0):.2f} s "
              f"beyond opening and analysing the dossier")


if __name__ == "__main__":
    main()
