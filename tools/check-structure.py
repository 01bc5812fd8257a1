#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Checks the shape of Dossier's code against DESIGN.md's layers.

From the built static libraries (their objects' symbols, read with `nm`)
and from the sources' `#include "…"` lines:

1. no loop of calls between files: file A uses a symbol file B defines,
   and B (through any chain) uses one of A's — a cycle of the graph of
   "whose undefined symbols are defined by whom";
2. no layer uses a layer above it: core < model < export < ui, and cli;
3. no stage of the core uses a stage above it: basics < dates < text <
   language < events < analysis; layout uses basics only.

Both the calls and the includes are checked.  Prints TAP (one test per
check), names every offending pair with the symbols or header that tie
it, and exits 1 when a check fails.

    tools/check-structure.py --build _build --source .
"""

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict

LAYERS = ["core", "model", "export", "ui", "cli"]
# What each layer may use besides itself.
LAYER_USES = {
    "core": set(),
    "model": {"core"},
    "export": {"core", "model"},
    "ui": {"core", "model", "export"},
    "cli": {"core", "model", "export"},
}
STAGES = ["basics", "dates", "text", "language", "events", "analysis"]
STAGE_USES = {stage: set(STAGES[:i + 1]) for i, stage in enumerate(STAGES)}
STAGE_USES["layout"] = {"basics", "layout"}

LIBRARIES = {
    "core": "src/core/libdossier-core.a",
    "model": "src/model/libdossier-model.a",
    "export": "src/export/libdossier-export.a",
    "ui": "src/ui/libdossier-ui.a",
}
EXECUTABLE_OBJECTS = {
    "cli": "src/cli/dossier-cli.p",
}


def place(path):
    """(layer, stage or None) of a source path relative to the tree."""
    parts = path.split("/")
    if len(parts) < 3 or parts[0] != "src" or parts[1] not in LAYERS:
        return None, None
    layer = parts[1]
    stage = parts[2] if layer == "core" and len(parts) > 3 else None
    return layer, stage


def sources(source_root):
    """Every .c and .h under src/, relative to the tree."""
    found = []
    for folder, _, files in os.walk(os.path.join(source_root, "src")):
        for name in files:
            if name.endswith((".c", ".h")):
                found.append(os.path.relpath(os.path.join(folder, name), source_root))
    return sorted(found)


def object_to_source(member, layer, by_name):
    """The source file of an archive member such as
    `…/libdossier-core.a.p/text_dossier-clean.c.o` (meson names an object
    after its path below the library's folder, '/' made '_')."""
    base = os.path.basename(member)
    if not base.endswith(".c.o") or base.startswith("meson-generated_"):
        return None
    name = base[:-2]
    candidates = [path for path in by_name.get(name.split("_")[-1], [])
                  if place(path)[0] == layer]
    for path in candidates:
        relative = path[len("src/%s/" % layer):]
        if relative.replace("/", "_") == name:
            return path
    return candidates[0] if len(candidates) == 1 else None


def read_symbols(build_root, all_sources):
    """{source: (defined set, undefined set)} from nm of the libraries."""
    by_name = defaultdict(list)
    for path in all_sources:
        by_name[os.path.basename(path)].append(path)
    symbols = {}
    targets = [(layer, os.path.join(build_root, lib)) for layer, lib in LIBRARIES.items()]
    for layer, folder in EXECUTABLE_OBJECTS.items():
        folder = os.path.join(build_root, folder)
        if os.path.isdir(folder):
            targets += [(layer, os.path.join(folder, o)) for o in sorted(os.listdir(folder)) if o.endswith(".o")]
    for layer, target in targets:
        if not os.path.exists(target):
            raise SystemExit("check-structure: %s is not built (ninja -C %s)" % (target, build_root))
        out = subprocess.run(["nm", "-o", target], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            # archive:member:value TYPE name   or   object:value TYPE name
            m = re.match(r"^(.*?):\s*[0-9a-f]*\s+([A-Za-z])\s+(\S+)$", line)
            if not m:
                continue
            where, kind, name = m.groups()
            member = where.split(":")[-1]
            source = object_to_source(member, layer, by_name)
            if source is None:
                continue
            defined, undefined = symbols.setdefault(source, (set(), set()))
            if kind == "U":
                undefined.add(name)
            elif kind.isupper():
                defined.add(name)
    return symbols


def call_edges(symbols):
    """{(a, b): [symbols]}: a uses what b defines."""
    owner = {}
    for source, (defined, _) in symbols.items():
        for name in defined:
            owner[name] = source
    edges = defaultdict(list)
    for source, (_, undefined) in symbols.items():
        for name in sorted(undefined):
            target = owner.get(name)
            if target is not None and target != source:
                edges[(source, target)].append(name)
    return edges


def include_edges(source_root, all_sources):
    """{(a, b): [header]}: a includes b's header (a header counts as its
    .c's file, so a .h and its .c are one node)."""
    headers = defaultdict(list)
    for path in all_sources:
        if path.endswith(".h"):
            headers[os.path.basename(path)].append(path)
    edges = defaultdict(list)
    for path in all_sources:
        with open(os.path.join(source_root, path), encoding="utf-8") as f:
            for line in f:
                m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
                if not m:
                    continue
                for header in headers.get(os.path.basename(m.group(1)), []):
                    a = unit(path)
                    b = unit(header)
                    if a != b:
                        edges[(a, b)].append(os.path.basename(header))
    return edges


def unit(path):
    return path[:-2] + ".c" if path.endswith(".h") else path


def cycles(edges):
    """Strongly connected components of more than one file (Tarjan)."""
    graph = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    index = {}
    low = {}
    stack = []
    on_stack = set()
    found = []
    counter = [0]

    def visit(v):
        # Iterative, so a long chain cannot exhaust Python's stack.
        work = [(v, iter(sorted(graph[v])))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def upward(edges):
    """Edges from a lower layer or stage to a higher one."""
    bad = []
    for (a, b), names in sorted(edges.items()):
        layer_a, stage_a = place(a)
        layer_b, stage_b = place(b)
        if layer_a is None or layer_b is None:
            continue
        if layer_a != layer_b:
            if layer_b not in LAYER_USES[layer_a]:
                bad.append((a, b, names))
        elif layer_a == "core" and stage_a and stage_b and stage_a != stage_b:
            if stage_b not in STAGE_USES.get(stage_a, set()):
                bad.append((a, b, names))
    return bad


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", required=True, help="the meson build folder")
    parser.add_argument("--source", required=True, help="the source tree")
    args = parser.parse_args()

    all_sources = sources(args.source)
    calls = call_edges(read_symbols(args.build, all_sources))
    includes = include_edges(args.source, all_sources)

    checks = [
        ("no loop of calls between files", lambda: [
            "loop: " + " <-> ".join(c) + "\n" + "\n".join(
                "    %s -> %s: %s" % (a, b, ", ".join(calls[(a, b)][:6]))
                for a in c for b in c if (a, b) in calls)
            for c in cycles(calls)]),
        ("no loop of includes between files", lambda: [
            "loop: " + " <-> ".join(c) for c in cycles(includes)]),
        ("no call from a lower layer or core stage to a higher one", lambda: [
            "%s -> %s: %s" % (a, b, ", ".join(names[:6])) for a, b, names in upward(calls)]),
        ("no include from a lower layer or core stage to a higher one", lambda: [
            "%s includes %s" % (a, ", ".join(sorted(set(names)))) for a, b, names in upward(includes)]),
    ]
    print("TAP version 13")
    print("1..%d" % len(checks))
    failed = 0
    for number, (name, check) in enumerate(checks, 1):
        problems = check()
        if problems:
            failed += 1
            print("not ok %d - %s" % (number, name))
            for problem in problems:
                for line in problem.splitlines():
                    print("# " + line)
        else:
            print("ok %d - %s" % (number, name))
    print("# %d files, %d call edges, %d include edges" % (len(all_sources), len(calls), len(includes)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
