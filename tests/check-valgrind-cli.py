#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
#
# dossier-cli runs clean under valgrind memcheck:
#
#   python3 tests/check-valgrind-cli.py VALGRIND DOSSIER_CLI SEEDS_DIR SUPPRESSIONS
#
# analyses the sample articles, makes a dossier file of them and exports it
# as a PDF report, each under memcheck: no invalid read or write, no use of
# uninitialised memory and no definite leak (--errors-for-leak-kinds=definite;
# SUPPRESSIONS lists only what system libraries keep for the process's life).
# Runs in the ordinary build only: valgrind cannot run a sanitizer build.
# Output is TAP.

import os
import subprocess
import sys
import tempfile

TIMEOUT = 240


def main():
    valgrind, cli, seeds, suppressions = sys.argv[1:5]
    env = dict(os.environ)
    # GLib 2.74's slice allocator hides leaks from memcheck.
    env["G_SLICE"] = "always-malloc"
    memcheck = [valgrind, "--quiet", "--error-exitcode=1", "--leak-check=full",
                "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite",
                "--num-callers=30", "--suppressions=" + suppressions]
    results = []

    with tempfile.TemporaryDirectory(prefix="dossier-valgrind-") as tmp:
        dossier = os.path.join(tmp, "seeds.dossier")
        report = os.path.join(tmp, "report.pdf")
        steps = [
            ("analyze the sample articles", ["analyze", seeds], None),
            ("import them into a dossier file", ["import", "--dossier", dossier, seeds], None),
            ("export the dossier file as a PDF report",
             ["export", "--dossier", dossier, "--format", "pdf", "--output", report], report),
        ]
        for name, args, output in steps:
            try:
                run = subprocess.run(memcheck + [cli] + args, env=env, cwd=tmp,
                                     stdin=subprocess.DEVNULL, capture_output=True,
                                     text=True, errors="replace", timeout=TIMEOUT)
                ok = run.returncode == 0
                detail = "exit status %d\n%s" % (run.returncode, run.stderr[-6000:])
            except subprocess.TimeoutExpired:
                ok, detail = False, "timed out after %d s" % TIMEOUT
            if ok and output is not None:
                with open(output, "rb") as f:
                    ok = f.read(5) == b"%PDF-"
                detail = "%s is not a PDF" % output
            results.append((name, ok, detail))

    print("1..%d" % len(results))
    for i, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
        if not ok:
            for line in detail.splitlines():
                print("# " + line)
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
