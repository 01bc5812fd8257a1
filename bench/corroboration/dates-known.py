#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Date value P/R/F1 on the corroboration set with each article's document
date known, TimeBank-style: every article whose gold knows its publication
day is analysed alone, given that day as the copied page's date marker
(" date YYYY-MM-DD "), so that only the resolution of its dates is scored,
not the finding of its publication date.  Alignment and agreement are
score.py's (texts that overlap, values agreeing at the gold's precision).

    bench/corroboration/dates-known.py [--cli PATH] [--verbose]
"""

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "_build", "src", "cli", "dossier-cli"))
    ap.add_argument("--work", default=os.path.join(ROOT, "bench", "work", "corroboration"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    gold = json.load(open(os.path.join(HERE, "gold.json")))
    tp = fp = fn = 0
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in gold["stories"]:
            for article in story["articles"]:
                published = article.get("published")
                if not published or len(published) != 10:
                    continue
                text = open(os.path.join(args.work, article["file"]), encoding="utf-8").read()
                text = re.sub(r"^ date \S+ ", "", text)
                path = os.path.join(tmp, os.path.basename(article["file"]))
                with open(path, "w", encoding="utf-8") as f:
                    f.write(" date %s \n%s" % (published, text))
                out = subprocess.run([args.cli, "analyze", "--json", path], capture_output=True).stdout
                found = json.loads(out)["articles"] if out else []
                system = found[0]["dates"] if found else []
                used = set()
                for g in article["dates"]:
                    hit = None
                    for i, s in enumerate(system):
                        if i not in used and (score.norm(g["text"]) in score.norm(s["text"]) or
                                              score.norm(s["text"]) in score.norm(g["text"])):
                            hit = i
                            break
                    if hit is None:
                        fn += 1
                        misses.append("%s: «%s» = %s — not found" % (article["file"], g["text"], g["value"]))
                        continue
                    used.add(hit)
                    if score.date_agrees(system[hit]["value"], g["value"], g["precision"]):
                        tp += 1
                    else:
                        fp += 1
                        fn += 1
                        misses.append("%s: «%s» = %s — system %s (%s)" % (article["file"], g["text"], g["value"],
                                                                        system[hit]["value"], system[hit].get("rule")))
                fp += len(system) - len(used)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print("dates with the document date known: P %.3f R %.3f F1 %.3f (right %d, wrong or extra %d, missed %d)"
          % (p, r, f1, tp, fp, fn))
    if args.verbose:
        for miss in misses:
            print("- " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
