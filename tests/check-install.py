#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
#
# `meson install` gives a working installation:
#
#   python3 tests/check-install.py BUILD_DIR APP_ID
#
# installs BUILD_DIR with --destdir into a temporary directory, then checks
# that the binaries, desktop file, metainfo, icons, D-Bus service, schema
# (compiled with --strict), German catalogue and sample dossier are where
# the desktop looks for them, and runs the installed dossier-cli on the
# installed sample with DOSSIER_SEEDS_DIR unset.  The binaries find their
# sample beside themselves (bindir/../share/dossier/seeds), so the staged
# copy is read, not the configured prefix's or the source tree's: the check
# proves it by removing one article from the staged sample and counting
# again.  Output is TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile

SCHEMA_ID = "io.github.dossierapp.Dossier"
N_SEEDS = 5

results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))
    return ok


def build_options(build_dir):
    out = subprocess.run(["meson", "introspect", "--buildoptions", build_dir],
                         check=True, capture_output=True, text=True).stdout
    return {o["name"]: o["value"] for o in json.loads(out)}


def count_articles(cli, env):
    run = subprocess.run([cli, "analyze"], env=env, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        return None, run.stderr
    return len(json.loads(run.stdout)["articles"]), run.stderr


def main():
    build_dir, app_id = sys.argv[1], sys.argv[2]
    options = build_options(build_dir)
    destdir = tempfile.mkdtemp(prefix="dossier-install-")
    try:
        install = subprocess.run(["meson", "install", "-C", build_dir, "--no-rebuild", "--quiet",
                                  "--destdir", destdir], capture_output=True, text=True)
        if not check("meson install --destdir succeeds", install.returncode == 0, install.stderr[-2000:]):
            return report()

        prefix = destdir + options["prefix"]
        bindir = os.path.join(prefix, options["bindir"])
        datadir = os.path.join(prefix, options["datadir"])
        localedir = os.path.join(prefix, options["localedir"])

        expected = {
            "dossier binary": os.path.join(bindir, "dossier"),
            "dossier-cli binary": os.path.join(bindir, "dossier-cli"),
            "desktop file": os.path.join(datadir, "applications", app_id + ".desktop"),
            "metainfo": os.path.join(datadir, "metainfo", app_id + ".metainfo.xml"),
            "scalable icon": os.path.join(datadir, "icons/hicolor/scalable/apps", app_id + ".svg"),
            "symbolic icon": os.path.join(datadir, "icons/hicolor/symbolic/apps", app_id + "-symbolic.svg"),
            "D-Bus service": os.path.join(datadir, "dbus-1/services", app_id + ".service"),
            "GSettings schema": os.path.join(datadir, "glib-2.0/schemas", SCHEMA_ID + ".gschema.xml"),
            "German catalogue": os.path.join(localedir, "de/LC_MESSAGES/dossier.mo"),
        }
        for name, path in expected.items():
            check("installed: %s" % name, os.path.isfile(path), path)
        for name in ("dossier", "dossier-cli"):
            path = expected[name + (" binary")]
            check("%s is executable" % name, os.access(path, os.X_OK), path)

        schemas = os.path.dirname(expected["GSettings schema"])
        compiled = subprocess.run(["glib-compile-schemas", "--strict", "--dry-run", schemas],
                                  capture_output=True, text=True)
        check("installed schemas compile with --strict", compiled.returncode == 0, compiled.stderr)

        desktop = open(expected["desktop file"], encoding="utf-8").read() \
            if os.path.isfile(expected["desktop file"]) else ""
        check("desktop file names the icon and the D-Bus activation",
              "Icon=%s\n" % app_id in desktop and "DBusActivatable=true\n" in desktop, desktop)
        check("desktop file translated into German", "Comment[de]=" in desktop, desktop)

        if shutil.which("msgunfmt") and os.path.isfile(expected["German catalogue"]):
            catalogue = subprocess.run(["msgunfmt", expected["German catalogue"]],
                                       capture_output=True, text=True).stdout
            check("German catalogue translates the window", 'msgstr "Zeitleiste"' in catalogue)

        seeds = os.path.join(datadir, "dossier", "seeds")
        seed_files = sorted(n for n in os.listdir(seeds)) if os.path.isdir(seeds) else []
        check("installed: sample dossier of %d articles" % N_SEEDS,
              len([n for n in seed_files if n.endswith(".txt")]) == N_SEEDS, seed_files)

        env = dict(os.environ)
        env.pop("DOSSIER_SEEDS_DIR", None)
        env["LC_ALL"] = "C.UTF-8"
        cli = expected["dossier-cli binary"]
        n, stderr = count_articles(cli, env)
        check("installed dossier-cli analyze reads %d articles of the installed sample" % N_SEEDS,
              n == N_SEEDS, "%s articles; %s" % (n, stderr))
        txt = [s for s in seed_files if s.endswith(".txt")]
        if txt:
            os.remove(os.path.join(seeds, txt[-1]))
            n, stderr = count_articles(cli, env)
            check("it reads the staged copy (one article removed there: %d)" % (N_SEEDS - 1),
                  n == N_SEEDS - 1, "%s articles; %s" % (n, stderr))
    finally:
        shutil.rmtree(destdir, ignore_errors=True)
    return report()


def report():
    print("1..%d" % len(results))
    failed = 0
    for n, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", n, name))
        if not ok:
            for line in str(detail).splitlines() or [""]:
                print("# %s" % line)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
