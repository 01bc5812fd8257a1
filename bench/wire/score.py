#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""How much of clean newswire reaches the analysis.

Runs `dossier-cli analyze --json` on each story of bench/wire/stories/
(wire copy of our own, one sentence a line, an all-capitals headline, a
"CITY 1996-08-22" dateline, results and price tables) and counts the
capitalised names of every input line that reach the analysis:

* by line: the name's input line is one of a paragraph's lines (a line
  left out, or read only as the title or the date's evidence, does not
  count);
* by text: the name occurs in the text of the paragraphs.

A name is a run of capitalised words ("Nottingham Forest", "Union Bank",
"FENWICK COUNCIL BACKS NEW RIVER CROSSING"); a word that only opens a
sentence ("The", "Results") is not one.  Also checked per story: not
refused, not uncleaned, the headline is the title, the dateline is not, and
the dateline's day is the publication date.  Standard library only.

    bench/wire/score.py [--cli PATH] [--verbose]
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CLI = os.path.join(REPO, "_build", "src", "cli", "dossier-cli")
TARGET = 0.97

# Words that open a sentence or a table's label, capitalised for that
# alone: a run of capitalised words made only of these is no name.
NOT_NAMES = {
    "A", "An", "The", "In", "On", "At", "Of", "For", "And", "But", "If", "It", "He", "She", "They",
    "We", "This", "That", "Those", "These", "His", "Her", "Its", "Their", "Our", "As", "After",
    "Before", "While", "With", "From", "By", "To", "Prices", "Results", "Standings", "Scoreboard",
    "Team", "Teams", "Total", "Extras", "Bowling", "Leading", "Cash", "Starting", "Source", "Men",
    "Women", "Quarter-finals", "Premier", "Division", "Work", "Analysts", "Tickets", "Minister",
    "Coach", "Governor", "President", "Councillor", "Tourist", "Wheat", "Corn", "Sorghum",
    "Soybeans", "Crude", "Heating", "Unleaded", "October", "No", "Brent", "Mexican", "Scoreboard",
}
WORD = re.compile(r"[^\s]+")


def names_of_line(line):
    """The capitalised names of one input line, as strings."""
    names, run = [], []
    for token in WORD.findall(line) + [""]:
        capital = bool(token) and token[0].isupper() and any(c.isalpha() for c in token)
        if capital:
            run.append(token)
            continue
        if run and any(word not in NOT_NAMES for word in run):
            names.append(" ".join(run))
        run = []
    return names


def analyse(cli, path):
    result = subprocess.run([cli, "analyze", "--json", path], capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip()
    articles = json.loads(result.stdout).get("articles", [])
    return (articles[0] if articles else None), result.stderr.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=DEFAULT_CLI)
    parser.add_argument("--stories", default=os.path.join(HERE, "stories"))
    parser.add_argument("--verbose", action="store_true", help="list the names that did not reach the analysis")
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        sys.exit("wire/score.py: no dossier-cli at %s (meson setup _build && ninja -C _build)" % args.cli)

    total = by_line = by_text = 0
    problems = []
    rows = []
    for name in sorted(os.listdir(args.stories)):
        if not name.endswith(".txt"):
            continue
        path = os.path.join(args.stories, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        article, stderr = analyse(args.cli, path)
        kept, text = set(), ""
        if article is None:
            problems.append("%s: refused (%s)" % (name, stderr))
        else:
            for paragraph in article["paragraphs"]:
                first, last = paragraph["lines"]
                kept.update(range(first, last + 1))
            text = "\n".join(p["text"] for p in article["paragraphs"])
            if article.get("uncleaned"):
                problems.append("%s: kept uncleaned" % name)
            if article.get("title") != lines[0].strip():
                problems.append("%s: title %r, not the headline" % (name, article.get("title")))
            dateline = next((l for l in lines[1:4] if re.search(r"\b(19|20)\d\d-\d\d-\d\d\s*$", l)), None)
            if dateline is not None:
                day = re.search(r"(\d{4}-\d\d-\d\d)\s*$", dateline).group(1)
                if article.get("published") != day:
                    problems.append("%s: published %r, not the dateline's %s" % (name, article.get("published"), day))
                if article.get("title") == dateline.strip():
                    problems.append("%s: the dateline is the title" % name)
        story_total = story_line = story_text = 0
        missed = []
        for number, line in enumerate(lines, 1):
            for found in names_of_line(line):
                story_total += 1
                in_line = number in kept
                in_text = found in text
                story_line += in_line
                story_text += in_text
                if not in_line or not in_text:
                    missed.append("line %d %r (%s)" % (number, found, "text only" if in_text else
                                                       "line only" if in_line else "lost"))
        total += story_total
        by_line += story_line
        by_text += story_text
        rows.append((name, story_total, story_line, story_text, missed))

    print("## Newswire: names that reach the analysis\n")
    print("cli: %s; %d stories in %s\n" % (args.cli, len(rows), os.path.relpath(args.stories, REPO)))
    print("| story | names | by line | by text |")
    print("|---|---:|---:|---:|")
    for name, story_total, story_line, story_text, missed in rows:
        print("| %s | %d | %d | %d |" % (name[:-4], story_total, story_line, story_text))
    print("| **all** | **%d** | **%d (%.1f%%)** | **%d (%.1f%%)** |" %
          (total, by_line, 100.0 * by_line / max(total, 1), by_text, 100.0 * by_text / max(total, 1)))
    print()
    verdict = min(by_line, by_text) / max(total, 1) >= TARGET
    print("verdict: %s — %.1f%% of the names reach the analysis by line, %.1f%% by text (target %.0f%%)" %
          ("PASS" if verdict else "FAIL", 100.0 * by_line / max(total, 1), 100.0 * by_text / max(total, 1),
           100 * TARGET))
    if problems:
        print("\nper story:")
        for problem in problems:
            print("- " + problem)
    if args.verbose:
        print("\nnames that did not reach the analysis (by line or by text):")
        for name, _, _, _, missed in rows:
            for miss in missed:
                print("- %s: %s" % (name, miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
