#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
#
# Structural check of a Flatpak manifest, offline (flatpak-builder and the
# runtimes are not needed):
#
#   python3 tests/check-flatpak-manifest.py MANIFEST APP_ID
#
# The manifest must be valid JSON for APP_ID, run `dossier` on the GNOME
# runtime, build Dossier with meson in the profile its id names, and ask for
# no permission outside the allowed list (flatpak/README.md says why each is
# needed).  Output is TAP.

import json
import sys

ALLOWED_FINISH_ARGS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
}
# Without these the window cannot be shown at all.
REQUIRED_FINISH_ARGS = {"--socket=wayland", "--socket=fallback-x11"}


def checks(manifest, app_id):
    yield "id is %s" % app_id, manifest.get("id") == app_id, manifest.get("id")
    yield "command is dossier", manifest.get("command") == "dossier", manifest.get("command")
    yield ("GNOME runtime and SDK",
           manifest.get("runtime") == "org.gnome.Platform" and manifest.get("sdk") == "org.gnome.Sdk"
           and isinstance(manifest.get("runtime-version"), str),
           (manifest.get("runtime"), manifest.get("sdk"), manifest.get("runtime-version")))

    finish_args = manifest.get("finish-args")
    yield "finish-args is a list of strings", \
        isinstance(finish_args, list) and all(isinstance(a, str) for a in finish_args), finish_args
    finish_args = finish_args if isinstance(finish_args, list) else []
    extra = sorted(set(finish_args) - ALLOWED_FINISH_ARGS)
    yield "finish-args within the allowed list", not extra, "not allowed: %s" % extra
    missing = sorted(REQUIRED_FINISH_ARGS - set(finish_args))
    yield "finish-args give a display (Wayland, X11 fallback)", not missing, "missing: %s" % missing
    yield "finish-args without duplicates", len(finish_args) == len(set(finish_args)), finish_args

    modules = manifest.get("modules") or []
    last = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    yield "last module builds dossier with meson", \
        last.get("name") == "dossier" and last.get("buildsystem") == "meson", last.get("name")
    profile = "development" if app_id.endswith(".Devel") else "default"
    options = last.get("config-opts") or []
    named = [o for o in options if o.startswith("-Dprofile=")]
    yield "module built in the %s profile" % profile, \
        named == ["-Dprofile=%s" % profile] or (not named and profile == "default"), options


def main():
    path, app_id = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print("1..1\nnot ok 1 - %s is valid JSON\n# %s" % (path, e))
        return 1
    results = [("valid JSON", isinstance(manifest, dict), type(manifest).__name__)]
    if isinstance(manifest, dict):
        results += list(checks(manifest, app_id))
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
