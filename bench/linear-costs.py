#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Inputs whose cost grew faster than their size (issue 18), made here
from a few sentences of our own, and how long `dossier-cli analyze --json`
takes on each at several sizes, so that a cost that is not linear shows:

  wrapped-N.txt  one paragraph of plain text hard-wrapped near 72 columns,
                 N KB (100, 200, 400, 800), as mail or a text file has it;
  menu-N.txt     a page with N one-word menu lines (20,000 … 160,000)
                 between its title and a short article, as a browser copy
                 of a site with a huge navigation has it;
  names-N.txt    N one-line paragraphs alike but for a number ("Trams for
                 the region number 17"; 2,500 … 10,000), as a long list of
                 headlines has it: still quadratic, in the judging of name
                 candidates (core/language; see the README's "Stop 32:
                 linear costs").

Prints a table: input, size, median wall seconds of 3 runs and, with
--instructions, the instructions callgrind counts (one run, output to
/dev/null).  The inputs are kept in bench/work/linear/ (git-ignored).

usage: bench/linear-costs.py [--instructions] [--only NAME] [BUILD-DIR]   (default _build)"""

import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
args = [a for a in sys.argv[1:] if not a.startswith("--")]
only = None
if "--only" in sys.argv:
    only = sys.argv[sys.argv.index("--only") + 1]
    args.remove(only)
BUILD = os.path.abspath(args[0] if args else os.path.join(ROOT, "_build"))
CLI = os.path.join(BUILD, "src", "cli", "dossier-cli")
WORK = os.path.join(HERE, "work", "linear")

# Sentences of our own, varied by a counter so that no two lines are alike.
PEOPLE = ["Anna Lindqvist", "Tomas Berger", "Maria Okafor", "Jonas Petrov", "Ilse Varga"]
PLACES = ["Vienna", "Lisbon", "Krakow", "Tallinn", "Geneva"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion",
        "Weather", "Video", "Podcasts", "Newsletters", "Travel", "Health", "Climate"]


def sentence(i):
    return ("%s, the city's transport minister, said in %s on %d %s 2024 that the "
            "new tram line number %d would open before the winter, after talks that "
            "lasted %d hours. " % (PEOPLE[i % 5], PLACES[(i // 5) % 5], 1 + i % 28,
                                   MONTHS[i % 6], i, 2 + i % 9))


def wrapped(path, size):
    """One paragraph: its lines broken near 72 columns, but only where the
    cleaner joins them again (after a word that ends no sentence, before one
    in small letters), so that it stays one paragraph of @size bytes."""
    words, length, i = [], 0, 0
    while length < size:
        words += sentence(i).split()
        length += len(sentence(i))
        i += 1
    lines, line = [], []
    for word in words:
        if (line and sum(len(w) + 1 for w in line) + len(word) > 72 and word[0].islower()
                and line[-1][-1] not in ".!?:"):
            lines.append(" ".join(line))
            line = []
        line.append(word)
    lines.append(" ".join(line))
    with open(path, "w") as f:
        f.write("Trams for the region\n\n")
        f.write("\n".join(lines) + "\n")


def menu(path, lines):
    with open(path, "w") as f:
        f.write("Trams for the region\n\n")
        for i in range(lines):
            f.write(MENU[i % len(MENU)] + "\n")
        f.write("\n")
        for i in range(12):
            f.write(sentence(i) + sentence(i + 1) + "\n\n")


def names(path, lines):
    with open(path, "w") as f:
        f.write("Trams for the region\n\n")
        for i in range(lines):
            f.write("Trams for the region number %d\n\n" % i)


def seconds(path):
    times = []
    for _ in range(3):
        start = time.monotonic()
        subprocess.run([CLI, "analyze", "--json", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        times.append(time.monotonic() - start)
    return statistics.median(times)


def instructions(path):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          CLI, "analyze", "--json", path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


os.makedirs(WORK, exist_ok=True)
inputs = []
for kb in (100, 200, 400, 800):
    path = os.path.join(WORK, "wrapped-%d.txt" % kb)
    wrapped(path, kb * 1000)
    inputs.append(("wrapped-%d" % kb, path))
for lines in (20000, 40000, 80000, 160000):
    path = os.path.join(WORK, "menu-%d.txt" % lines)
    menu(path, lines)
    inputs.append(("menu-%d" % lines, path))

for lines in (2500, 5000, 10000):
    path = os.path.join(WORK, "names-%d.txt" % lines)
    names(path, lines)
    inputs.append(("names-%d" % lines, path))

print("| input | size | seconds (median of 3) |%s" % (" instructions |" if "--instructions" in sys.argv else ""))
print("|---|---:|---:|%s" % ("---:|" if "--instructions" in sys.argv else ""))
for name, path in inputs:
    if only and not name.startswith(only):
        continue
    row = "| %s | %d KB | %.2f |" % (name, os.path.getsize(path) // 1000, seconds(path))
    if "--instructions" in sys.argv:
        row += " %.1f M |" % (instructions(path) / 1e6)
    print(row, flush=True)
