#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Writes a C header naming the analyser's version: a digest of every file
the analysis is built from (the core's and the model's sources, the data
files, the generated gazetteer), so that results an analysis kept in a
dossier file are never read by a build that could analyse differently.
A depfile lists the files, so the header is made again when one changes."""

import argparse
import hashlib
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--output", required=True)
    ap.add_argument("--depfile", required=True)
    ap.add_argument("--root", required=True, help="the source tree")
    ap.add_argument("--dir", action="append", default=[], help="a folder of the tree, read whole")
    ap.add_argument("files", nargs="*", help="more files (generated ones)")
    args = ap.parse_args()

    paths = []
    for folder in args.dir:
        for top, dirs, names in os.walk(os.path.join(args.root, folder)):
            dirs.sort()
            for name in sorted(names):
                if name.endswith((".c", ".h", ".tsv", ".txt", ".json", ".py")):
                    paths.append(os.path.join(top, name))
    paths += args.files

    digest = hashlib.sha256()
    for path in paths:
        name = os.path.relpath(path, args.root) if path.startswith(args.root) else os.path.basename(path)
        with open(path, "rb") as f:
            data = f.read()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)

    text = ("/* Made by tools/gen-analyser-digest.py: do not edit. */\n"
            "#pragma once\n"
            f'#define DOSSIER_ANALYSER_DIGEST "{digest.hexdigest()}"\n')
    old = None
    if os.path.exists(args.output):
        with open(args.output) as f:
            old = f.read()
    if old != text:
        with open(args.output, "w") as f:
            f.write(text)
    with open(args.depfile, "w") as f:
        f.write(args.output.replace(" ", "\\ ") + ": " + " ".join(p.replace(" ", "\\ ") for p in paths) + "\n")


if __name__ == "__main__":
    main()
