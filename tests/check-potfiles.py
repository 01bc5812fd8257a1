#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
#
# The translation inputs agree with the sources:
#
#   python3 tests/check-potfiles.py SOURCE_ROOT
#
# every file in po/POTFILES.in exists; every file under src/ and data/ with
# a translatable string (_(), N_(), C_(), NC_(), g_dngettext (), ngettext (),
# translatable="yes", or a desktop file, metainfo or GSettings schema, all of
# which are translated whole) is listed; every language in po/LINGUAS has
# its .po and every .po is in LINGUAS.  Output is TAP.

import os
import re
import sys

MARKERS = re.compile(r'(?<![A-Za-z0-9_])(?:N?C?_|g_dngettext|g_dpgettext2|ngettext)\s*\(|translatable="yes"')
TRANSLATED_WHOLE = (".desktop.in", ".desktop.in.in", ".metainfo.xml.in", ".metainfo.xml.in.in",
                    ".gschema.xml")
SOURCE_SUFFIXES = (".c", ".h", ".ui") + TRANSLATED_WHOLE


def listed(root):
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def translatable_files(root):
    for top in ("src", "data"):
        for directory, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, root)
                if name.endswith(TRANSLATED_WHOLE):
                    yield relative
                    continue
                with open(path, encoding="utf-8") as f:
                    if MARKERS.search(f.read()):
                        yield relative


def main():
    root = sys.argv[1]
    potfiles = listed(root)
    results = []

    absent = [p for p in potfiles if not os.path.isfile(os.path.join(root, p))]
    results.append(("every file in POTFILES.in exists", not absent, absent))
    unlisted = sorted(set(translatable_files(root)) - set(potfiles))
    results.append(("every file with translatable strings is in POTFILES.in", not unlisted, unlisted))
    results.append(("POTFILES.in has no duplicates", len(potfiles) == len(set(potfiles)), potfiles))

    with open(os.path.join(root, "po", "LINGUAS"), encoding="utf-8") as f:
        linguas = [w for line in f if not line.startswith("#") for w in line.split()]
    po_files = sorted(n[:-3] for n in os.listdir(os.path.join(root, "po")) if n.endswith(".po"))
    results.append(("LINGUAS and the .po files agree", sorted(linguas) == po_files,
                    "LINGUAS %s, .po %s" % (sorted(linguas), po_files)))

    print("1..%d" % len(results))
    failed = 0
    for n, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", n, name))
        if not ok:
            print("# %s" % (detail,))
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
