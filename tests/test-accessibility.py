#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""The window through the accessibility tree (AT-SPI), as a screen reader or
an automation tool sees it: the article list, the highlight switches, the
timeline's events as labelled buttons, and choosing a source of an event
showing its article in the reader.

Run by meson as `test-accessibility.py /path/to/dossier`: it starts itself
again inside `dbus-run-session -- xvfb-run …`, and passes on only the TAP
lines (the accessibility registry, started on that bus, prints to the same
output). Prints TAP.
"""

import os
import shutil
import subprocess
import tempfile
import sys
import time

APP = sys.argv[1]

if os.environ.get("DOSSIER_A11Y_SESSION") != "1":
    env = dict(os.environ, DOSSIER_A11Y_SESSION="1")
    inner = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1400x900x24 -noreset",
                            sys.executable, os.path.abspath(__file__), APP],
                           env=env, stdout=subprocess.PIPE, text=True, timeout=110)
    for line in inner.stdout.splitlines():
        if line.startswith(("ok ", "not ok ", "1..", "#", "Bail out!")):
            print(line)
    sys.exit(inner.returncode)

import pyatspi  # noqa: E402  (only inside the session)
results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


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


def find_all(root, role=None, name_prefix=None, name_contains=None):
    found = []
    for node in walk(root):
        try:
            if role is not None and node.getRoleName() != role:
                continue
            name = node.name or ""
            if name_prefix is not None and not name.startswith(name_prefix):
                continue
            if name_contains is not None and name_contains not in name:
                continue
            found.append(node)
        except Exception:
            continue
    return found


def wait_for(fn, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = fn()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate"):
            return action.doAction(i)
    return action.doAction(0)


def reader_text(app):
    views = find_all(app, role="text", name_prefix="Article text")
    if not views:
        return ""
    text = views[0].queryText()
    return text.getText(0, text.characterCount)


def main():
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["G_DEBUG"] = "gc-friendly,fatal-criticals"
    # Dossier files the app makes go to a folder of the test's own.
    data_home = tempfile.mkdtemp(prefix="dossier-test-a11y-")
    env["XDG_DATA_HOME"] = data_home
    proc = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        app = wait_for(lambda: next((a for a in desktop if a and a.name in ("dossier", "Dossier")), None))
        check("the application is on the accessibility bus", app is not None)
        if app is None:
            return

        articles = wait_for(lambda: [n for n in find_all(app, role="list", name_prefix="Articles")
                                     if n.childCount >= 5])
        check("the article list shows the five sample articles", articles,
              f"lists: {[(n.name, n.childCount) for n in find_all(app, role='list')]}")

        text = wait_for(lambda: reader_text(app))
        check("the reader shows the first article", text and "The prospect of Ukraine becoming" in text,
              (text or "")[:80])

        # GTK 4.8 shows toggle buttons as push buttons with a pressed or
        # checked state.
        people = [n for n in find_all(app, name_prefix="People")
                  if n.getRoleName() in ("toggle button", "push button")]
        check("a highlight switch for people", people)

        def on(node):
            state = node.getState()
            return state.contains(pyatspi.STATE_CHECKED) or state.contains(pyatspi.STATE_PRESSED)

        if people:
            before = on(people[0])
            click(people[0])
            after = wait_for(lambda: on(people[0]) != before, 5)
            check("the people switch toggles", after)
            click(people[0])

        # Issue 14, 10: each control is named once, as it reads on screen
        # (GTK 4.8 said "_Import… Import…" for a button with a mnemonic),
        # and no two of the window's buttons share a name (both scope
        # switches were "This Article").
        frame = next((n for n in find_all(app, role="frame") if "Dossier" in (n.name or "")), app)
        buttons = [n for n in walk(frame) if n.getRoleName() in ("push button", "toggle button")
                   and n.getState().contains(pyatspi.STATE_VISIBLE) and n.name]
        doubled = [n.name for n in buttons if "_" in n.name or
                   (len(n.name.split(" ")) % 2 == 0 and n.name.split(" ")[:len(n.name.split(" ")) // 2]
                    == n.name.split(" ")[len(n.name.split(" ")) // 2:])]
        check("every button is named once, without a mnemonic's underscore", not doubled, f"{doubled}")
        seen = {}
        for n in buttons:
            parent = n.parent
            if parent is not None and parent.name == n.name:
                continue  # a menu button and the button inside it
            seen.setdefault(n.name, 0)
            seen[n.name] += 1
        shared = [name for name, count in seen.items() if count > 1]
        check("no two buttons share a name", not shared, f"{shared}")

        # The reader says what the words at the cursor are: a date and the
        # day it was counted to, as the description of the text.
        views = find_all(app, role="text", name_prefix="Article text")
        if views:
            reader = views[0].queryText()
            content = reader.getText(0, reader.characterCount)
            at = content.find("on Thursday")
            if at >= 0:
                reader.setCaretOffset(at + 4)
            described = wait_for(lambda: "Date:" in (views[0].description or "") and views[0].description, 5)
            check("the cursor on a date: the screen reader hears its day", described and "17 October 2024" in described,
                  repr(views[0].description))

        markers = wait_for(lambda: find_all(app, role="push button", name_prefix="16 October 2024"))
        check("the victory plan's presentation is a labelled button on the timeline", markers,
              f"buttons: {[n.name for n in find_all(app, role='push button')][:12]}")
        if markers:
            # Issue 17, 1: date, title and outlets, counted as outlets.
            check("its label says its date, its title and how many outlets report it",
                  "Zelensky" in markers[0].name and "outlets" in markers[0].name, markers[0].name)
            click(markers[0])
            # A source's button is named by its outlet, then its sentence
            # (the markers name their outlets after the title).
            source = wait_for(lambda: find_all(app, role="push button", name_prefix="Gulf Press"))
            check("its sources are listed, Gulf Press among them", source)
            if source:
                click(source[0])
                text = wait_for(lambda: "Gulf Press · News Room" in reader_text(app) and reader_text(app))
                check("choosing the source opens that article in the reader", text,
                      reader_text(app)[:80])

        # Issue 14, 10: the export dialog's choices are named once ("This
        # article", not "This article This article").
        export = find_all(app, role="push button", name_prefix="Export")
        if export:
            click(export[0])
            scope = wait_for(lambda: [n for n in find_all(app, role="check box") + find_all(app, role="radio button")
                                      if (n.name or "").startswith("This article")])
            check("the export dialog's scope is named once", scope and scope[0].name == "This article",
                  repr(scope[0].name if scope else None))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(data_home, ignore_errors=True)


try:
    main()
except Exception as error:  # a crash of the test is a failure, not a hang
    check("the test ran to the end", False, repr(error))

print(f"1..{len(results)}")
for number, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok and detail:
        print(f"# {detail}")
sys.exit(0 if results and all(ok for _, ok, _ in results) else 1)
