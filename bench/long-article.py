#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Long single-line articles, as the README's "Hostile input" states them:
wall time and peak RSS of `dossier-cli analyze --json` on 10 MB lines, of a
PDF export of a 1 MB line, and the window's CPU time until it settles on a
dossier of that line (under xvfb-run, when there is one).  Prints a table.

usage: bench/long-article.py [BUILD-DIR]   (default _build)"""

import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "_build"))
CLI = os.path.join(BUILD, "src", "cli", "dossier-cli")
APP = os.path.join(BUILD, "src", "dossier")
PROSE = ("President Volodymyr Zelenskyy of Ukraine presented the victory plan to the "
         "parliament in Kyiv on 16 October 2024, his office said in a statement. ")
ASIDE = ("Bassirou Diomaye Faye, who took office in April 2024, dissolved the "
         "parliament in Dakar on 12 September 2024. ")


def line(path, sentence, size):
    with open(path, "w") as f:
        f.write(sentence * (size // len(sentence)) + "\n")
    return path


def timed(args):
    """Wall seconds and peak RSS (MiB) of one run, its output discarded."""
    rss = os.path.join(tmp, "rss")
    start = time.monotonic()
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss] + args, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    seconds = time.monotonic() - start
    with open(rss) as f:
        return seconds, int(f.read().split()[-1]) / 1024


def window_cpu(dossier):
    """CPU seconds the window spends on @dossier until it has been idle for 3 s."""
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"), GSETTINGS_BACKEND="memory",
               XDG_DATA_HOME=os.path.join(tmp, "data"), GSK_RENDERER="cairo")
    p = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", APP, dossier], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        last, still, deadline = -1.0, 0, time.monotonic() + 300
        while still < 3 and time.monotonic() < deadline:
            time.sleep(1)
            pids = subprocess.run(["pgrep", "-s", str(p.pid), "-x", "dossier"], capture_output=True, text=True).stdout.split()
            if not pids:
                continue
            with open("/proc/%s/stat" % pids[0]) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            still = still + 1 if cpu - last < 0.05 else 0
            last = cpu
        return last if still >= 3 else None
    finally:
        os.killpg(p.pid, 9)
        p.wait()


tmp = tempfile.mkdtemp(prefix="dossier-long-")
rows = []
for name, sentence in (("10 MB line of dated sentences", PROSE), ("10 MB line of dated asides", ASIDE)):
    s, m = timed([CLI, "analyze", "--json", line(os.path.join(tmp, "a.txt"), sentence, 10 << 20)])
    rows.append(("analyze --json, " + name, "%.1f s" % s, "%.0f MiB" % m))
one = line(os.path.join(tmp, "one.txt"), PROSE, 1 << 20)
s, m = timed([CLI, "export", "--format", "pdf", "--output", os.path.join(tmp, "one.pdf"), one])
rows.append(("export --format pdf, 1 MB line", "%.1f s" % s, "%.0f MiB" % m))
if subprocess.run(["which", "xvfb-run"], capture_output=True).returncode == 0:
    for size, label in ((1 << 20, "1 MB"), (10 << 20, "10 MB")):
        dossier = os.path.join(tmp, "w%d.dossier" % size)
        subprocess.run([CLI, "import", "--dossier", dossier, line(os.path.join(tmp, "w.txt"), PROSE, size)],
                       capture_output=True, check=True)
        cpu = window_cpu(dossier)
        rows.append(("window on a dossier of a %s line, CPU until idle" % label,
                     "%.1f s" % cpu if cpu is not None else "> 300 s", ""))
print("| run | time | peak RSS |\n|---|---:|---:|")
for row in rows:
    print("| %s | %s | %s |" % row)
subprocess.run(["rm", "-rf", tmp])
