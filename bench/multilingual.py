#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Saved pages in many languages: trafilatura's evaluation set.

trafilatura (https://github.com/adbar/trafilatura) keeps in its tests/
folder about a thousand saved pages (mostly German; French, Italian,
Polish, Spanish, Chinese and more; news, blogs, shops, recipes) and, in
tests/evaldata.json, for each page a few snippets its text must hold
("with") and a few it must not ("without").  This script runs
`dossier-cli extract` over them and scores the paragraphs as trafilatura's
own evaluation does: a snippet counts when it occurs, white space
normalised, in the text; precision, recall and F1 over all snippets.  It
also counts the pages that gave no text.

The pages are third-party and never copied into this repository: point
--tests at a checkout's tests/ folder (with eval/, cache/ and
evaldata.json).  Standard library only.

    bench/multilingual.py --tests ../trafilatura/tests [--cli PATH] [--verbose]
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_CLI = os.path.join(REPO, "_build", "src", "cli", "dossier-cli")


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tests", required=True, help="trafilatura's tests/ folder")
    parser.add_argument("--cli", default=DEFAULT_CLI)
    parser.add_argument("--verbose", action="store_true", help="list the pages that gave no text")
    args = parser.parse_args()

    with open(os.path.join(args.tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    paths = {}
    for url, item in evaldata.items():
        for sub in ("cache", "eval"):
            path = os.path.join(args.tests, sub, item["file"])
            if os.path.isfile(path):
                paths[url] = path
                break
    files = sorted(set(paths.values()))
    out = subprocess.run([args.cli, "extract"] + files, capture_output=True, text=True)
    results = {}
    for line in out.stdout.split("\n"):  # not splitlines(): U+2028 may be in a paragraph
        if line.strip():
            article = json.loads(line)
            results[article["file"]] = article

    tp = fp = fn = 0
    empty, uncleaned = [], 0
    for url, item in evaldata.items():
        article = results.get(paths.get(url))
        text = norm("\n".join(p["text"] for p in article["paragraphs"])) if article else ""
        if not text:
            empty.append(item["file"])
        if article and article.get("uncleaned"):
            uncleaned += 1
        found = sum(1 for w in item["with"] if text and norm(w) in text)
        kept = sum(1 for w in item["without"] if text and norm(w) in text)
        tp += found
        fn += len(item["with"]) - found
        fp += kept
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    print("## Saved pages in many languages (trafilatura's evaluation set)\n")
    print("cli: %s; %d entries, %d pages found under %s\n" % (args.cli, len(evaldata), len(files), args.tests))
    print("| pages | precision | recall | F1 | empty | uncleaned |")
    print("|---:|---:|---:|---:|---:|---:|")
    print("| %d | %.3f | %.3f | **%.3f** | %d | %d |" % (len(evaldata), precision, recall, f1, len(empty), uncleaned))
    if args.verbose and empty:
        print("\npages with no text:")
        for name in empty:
            print("- " + name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
