#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Takes the README's screenshots (data/screenshots/*.png) and, with
--look, the window at 1400, 820 and 360 pixels, light and dark, for a
person to look at before a change to the window is called done.

A dossier of the sample's five pages is made with dossier-cli, named
"NATO and Ukraine", and given annotations (one with a note on a name,
one orphaned); the app is started on it under Xvfb with a settings file
of its own, driven through the accessibility tree (an article chosen,
the Annotations page), and the screen is captured with ImageMagick's
`import`.  The PDF page is the report's page of the annotated article,
rendered with pdftoppm.

    tools/screenshots.py [--build _build] [--out data/screenshots] [--look DIR]

Needs /usr/bin/python3 with pyatspi, dbus-run-session, xvfb-run,
ImageMagick and poppler-utils (tools/setup-debian.sh installs them).
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SCHEMA = "io.github.dossierapp.Dossier"

# (article index from 0, words, colour, note, tags); one whose words the
# article does not hold is an orphan.
ANNOTATIONS = [
    (3, "Mark Rutte announced that Ukraine will join the Alliance in the future", "blue",
     "No date and no invitation: compare “in the future” in a1 and a3.", ["claim", "NATO"]),
    (3, "It's just a question of timing", "purple", "Whose timing? He does not say.", ["timing"]),
    (3, "the 33rd or 34th member", "yellow", "", ["membership"]),
    (3, "presented the Victory Plan of Ukraine in the parliament", "green",
     "Same day as in a2, a3 and a5; a3 dates it by “on Wednesday”.", ["plan", "timeline"]),
    (3, "5 main points and 3 secret annexes", "red",
     "Other outlets do not mention secret annexes: check the Rada transcript.", ["annexes"]),
]


def run(argv, **kwargs):
    return subprocess.run(argv, check=True, **kwargs)


def make_dossier(build, folder):
    cli = os.path.join(build, "src", "cli", "dossier-cli")
    path = os.path.join(folder, "NATO and Ukraine.dossier")
    seeds = os.path.join(ROOT, "seeds")
    pages = sorted(os.path.join(seeds, n) for n in os.listdir(seeds) if n.endswith(".txt"))
    run([cli, "import", "--dossier", path] + pages, stdout=subprocess.DEVNULL)
    analysis = json.loads(run([cli, "analyze", "--json"] + pages, stdout=subprocess.PIPE).stdout)
    db = sqlite3.connect(path)
    sources = [row[0] for row in db.execute("SELECT id FROM sources ORDER BY id")]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    for index, words, colour, note, tags in ANNOTATIONS:
        text = "\n".join(p["text"] for p in analysis["articles"][index]["paragraphs"])
        at = text.find(words)
        exact = words
        start = max(at, 0)
        prefix = text[max(0, start - 32):start] if at >= 0 else ""
        suffix = text[start + len(words):start + len(words) + 32] if at >= 0 else ""
        db.execute("INSERT INTO annotations (id, source, exact, prefix, suffix, start, end, orphaned, colour, note, "
                   "tags, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                   (str(uuid.uuid4()), sources[index], exact, prefix, suffix, start, start + len(words), colour,
                    note, json.dumps(tags), now, now))
    # One whose words the page no longer holds: listed as an orphan.
    db.execute("INSERT INTO annotations (id, source, exact, prefix, suffix, start, end, orphaned, colour, note, "
               "tags, created, modified) VALUES (?, ?, ?, '', '', 0, 10, 1, 'yellow', ?, '[\"claim\"]', ?, ?)",
               (str(uuid.uuid4()), sources[0], "Ukraine will become a member next year", "A quote since corrected",
                now, now))
    db.commit()
    db.close()
    return path


def settings(config, build, **values):
    env = dict(os.environ, XDG_CONFIG_HOME=config, GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"))
    for key, value in values.items():
        run(["gsettings", "set", SCHEMA, key.replace("_", "-"), value], env=env)


def drive(app_path, env, shots):
    """Runs inside the session: starts the app for each shot and captures it."""
    import pyatspi

    def walk(node, depth=0):
        if node is None or depth > 60:
            return
        yield node
        for i in range(node.childCount):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            yield from walk(child, depth + 1)

    def click(node):
        action = node.queryAction()
        action.doAction(0)

    for shot in shots:
        # The session's display and bus, the plan's settings.
        shot_env = dict(os.environ)
        shot_env.update({k: v for k, v in env.items()
                         if k not in ("DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")})
        shot_env.update(ADW_DEBUG_COLOR_SCHEME=shot["scheme"], XDG_CONFIG_HOME=shot["config"])
        process = subprocess.Popen([app_path], env=shot_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            item = None
            while time.monotonic() < deadline and item is None:
                time.sleep(0.5)
                desktop = pyatspi.Registry.getDesktop(0)
                app = next((a for a in desktop if a and a.name in ("dossier", "Dossier") and
                            a.get_process_id () == process.pid), None)
                if app is None:
                    continue
                articles = next((n for n in walk(app) if n.getRoleName() == "list" and n.name == "Articles"), None)
                item = next((articles.getChildAtIndex(i) for i in range(articles.childCount)
                             if shot["article"] in (articles.getChildAtIndex(i).name or "")), None) \
                    if articles is not None else None
            if item is not None:
                time.sleep(2)  # the window settles on its first article first
                item.parent.querySelection().selectChild(item.getIndexInParent())
                time.sleep(1)
                if shot.get("open"):
                    # In a folded window the article is read on a page of
                    # its own: a click on its row, as a person opens it.
                    box = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
                    time.sleep(1.5)
                if shot.get("page"):
                    for node in walk(app):
                        if node.getRoleName() in ("toggle button", "push button", "page tab") and \
                           node.name == shot["page"]:
                            click(node)
                            break
                    time.sleep(1)
            time.sleep(1)
            run(["import", "-window", "root", "-crop", shot["crop"], "+repage", shot["file"]])
        finally:
            process.terminate()
            process.wait(10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "_build"))
    parser.add_argument("--out", default=os.path.join(ROOT, "data", "screenshots"))
    parser.add_argument("--look", help="a folder for the window at 1400, 820 and 360 pixels, light and dark")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    build = os.path.abspath(args.build)

    if args.inner:
        with open(args.inner) as f:
            plan = json.load(f)
        drive(plan["app"], plan["env"], plan["shots"])
        return 0

    work = tempfile.mkdtemp(prefix="dossier-screenshots-")
    try:
        data = os.path.join(work, "data")
        os.makedirs(data)
        dossier = make_dossier(build, work)
        env = dict(os.environ, XDG_DATA_HOME=data, GSK_RENDERER="cairo", GDK_DEBUG="gl-disable",
                   GSETTINGS_BACKEND="keyfile", GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"), LC_ALL="C.UTF-8")
        env.pop("GTK_A11Y", None)
        env.pop("NO_AT_BRIDGE", None)
        article = "On October 17, NATO Secretary General"
        shots = []

        def shot(name, width, height, scheme, folder, page=None, inspector="true", open_article=False,
                 events_view="timeline"):
            config = os.path.join(work, "config-" + name)
            os.makedirs(config)
            settings(config, build, window_width=str(width), window_height=str(height), last_dossier=dossier,
                     show_sample_banner="false", show_inspector=inspector, events_view=events_view)
            shots.append({"file": os.path.join(folder, name + ".png"), "scheme": scheme, "config": config,
                          "crop": "%dx%d+0+0" % (width, height), "article": article, "page": page,
                          "open": open_article})

        shot("main-light", 1280, 820, "prefer-light", args.out)
        shot("main-dark", 1280, 820, "prefer-dark", args.out)
        shot("annotations", 1280, 820, "prefer-light", args.out, page="Annotations")
        shot("chronology", 1280, 820, "prefer-light", args.out, inspector="false", events_view="chronology")
        if args.look:
            os.makedirs(args.look, exist_ok=True)
            for width, height in ((1400, 900), (820, 900), (360, 760)):
                for scheme in ("prefer-light", "prefer-dark"):
                    shot("window-%d-%s" % (width, scheme.split("-")[1]), width, height, scheme, args.look,
                         inspector="true", open_article=width < 600)
        plan = os.path.join(work, "plan.json")
        with open(plan, "w") as f:
            json.dump({"app": os.path.join(build, "src", "dossier"), "env": env, "shots": shots}, f)
        run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1400x900x24 -noreset",
             "/usr/bin/python3", os.path.abspath(__file__), "--build", build, "--inner", plan],
            env=env, stderr=subprocess.DEVNULL)

        # A page of the report: the annotated article's.
        pdf = os.path.join(work, "report.pdf")
        run([os.path.join(build, "src", "cli", "dossier-cli"), "export", "--format", "pdf", "--dossier", dossier,
             "--output", pdf], stdout=subprocess.DEVNULL)
        text = run(["pdftotext", "-enc", "UTF-8", pdf, "-"], stdout=subprocess.PIPE, text=True).stdout
        page = next((n + 1 for n, p in enumerate(text.split("\f")) if "ARTICLE 4" in p), 1)
        run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", pdf,
             os.path.join(args.out, "report-page")])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
