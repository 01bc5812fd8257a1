#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""A dossier opened the way the Flatpak opens one: through the document
portal's files (/run/user/…/doc/ID/NAME), which the file chooser portal
hands a sandboxed app.  Those files refuse O_NOFOLLOW and have no POSIX
locks; SQLite needs both unless told otherwise (dossier-store.c).

Runs xdg-document-portal (unpacked by tools/setup-debian.sh into
/opt/dossier-test/xdg-desktop-portal, not installed) on a private session
bus, adds a dossier to it, and imports into and exports from the portal's
path with dossier-cli.  Skipped where the portal, FUSE or D-Bus is missing.

usage: check-document-portal.py DOSSIER-CLI SEEDS-DIR [PORTAL-DIR]"""

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import diag, run_tests, test  # noqa: E402

PORTAL = "/opt/dossier-test/xdg-desktop-portal"
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%(tmp)s</listen>
  <auth>EXTERNAL</auth>
  <servicedir>%(services)s</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def skip_all(reason):
    print("1..0 # SKIP " + reason)
    sys.exit(0)


def outer(cli, seeds, portal):
    """Starts a private session bus that knows only the portal's permission
    store, and runs this script again inside it."""
    if not os.access(os.path.join(portal, "usr/libexec/xdg-document-portal"), os.X_OK):
        skip_all("no document portal in %s (tools/setup-debian.sh unpacks it)" % portal)
    if not os.path.exists("/dev/fuse"):
        skip_all("no /dev/fuse")
    if shutil.which("dbus-run-session") is None:
        skip_all("dbus-run-session is not installed")
    probe = subprocess.run(["/usr/bin/python3", "-c", "from gi.repository import Gio"], capture_output=True)
    if probe.returncode != 0:
        skip_all("/usr/bin/python3 has no gi (python3-gi)")

    tmp = tempfile.mkdtemp(prefix="dossier-portal-")
    try:
        services = os.path.join(tmp, "services")
        runtime = os.path.join(tmp, "runtime")
        os.makedirs(services)
        os.makedirs(runtime, mode=0o700)
        with open(os.path.join(services, "org.freedesktop.impl.portal.PermissionStore.service"), "w") as f:
            f.write("[D-BUS Service]\nName=org.freedesktop.impl.portal.PermissionStore\nExec=%s\n"
                    % os.path.join(portal, "usr/libexec/xdg-permission-store"))
        config = os.path.join(tmp, "session.conf")
        with open(config, "w") as f:
            f.write(BUS_CONFIG % {"tmp": tmp, "services": services})
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime, DOSSIER_PORTAL_WORK=tmp)
        r = subprocess.run(["dbus-run-session", "--config-file=" + config, "--",
                            "/usr/bin/python3", os.path.abspath(__file__), "--inner", cli, seeds, portal],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        sys.stdout.write(r.stdout)
        if r.returncode != 0:
            sys.stderr.write(r.stderr[-4000:])
        return r.returncode
    finally:
        mount = os.path.join(tmp, "runtime", "doc")
        if os.path.ismount(mount):
            subprocess.run(["fusermount3", "-u", mount], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def inner(cli, seeds, portal):
    from gi.repository import Gio, GLib

    work = os.environ["DOSSIER_PORTAL_WORK"]
    bus = Gio.bus_get_sync(Gio.BusType.SESSION)
    daemon = subprocess.Popen([os.path.join(portal, "usr/libexec/xdg-document-portal")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def documents(method, args, reply, fds=None):
        if fds is not None:
            result, _ = bus.call_with_unix_fd_list_sync(
                "org.freedesktop.portal.Documents", "/org/freedesktop/portal/documents",
                "org.freedesktop.portal.Documents", method, args, GLib.VariantType(reply),
                Gio.DBusCallFlags.NONE, 10000, fds, None)
        else:
            result = bus.call_sync("org.freedesktop.portal.Documents", "/org/freedesktop/portal/documents",
                                   "org.freedesktop.portal.Documents", method, args, GLib.VariantType(reply),
                                   Gio.DBusCallFlags.NONE, 10000, None)
        return result.unpack()

    mount = None
    for _ in range(100):
        try:
            mount = bytes(documents("GetMountPoint", None, "(ay)")[0]).rstrip(b"\0").decode()
            if os.path.ismount(mount):
                break
        except GLib.Error:
            pass
        if daemon.poll() is not None:
            break
        time.sleep(0.1)
    if mount is None or not os.path.ismount(mount):
        daemon.kill()
        skip_all("the document portal did not mount its files here (FUSE not permitted?): "
                 + " ".join(daemon.stderr.read().decode(errors="replace").split())[:200])

    real_dir = os.path.join(work, "documents")
    os.makedirs(real_dir)
    real = os.path.join(real_dir, "shared.dossier")
    first = os.path.join(seeds, "000_0bb2c3b0bd28e14c.txt")
    second = os.path.join(seeds, "001_0de9607a11cd4c33.txt")

    def shared_dossier(name):
        """A dossier of the first page in the real folder, handed to the
        portal as the file chooser hands one to the app: its real path and
        the portal's, or None if it could not be made."""
        real_path = os.path.join(real_dir, name)
        made = subprocess.run([cli, "import", "--dossier", real_path, first], capture_output=True, text=True)
        if made.returncode != 0:
            return None, made.stderr
        fd = os.open(real_path, os.O_PATH | os.O_CLOEXEC)
        fds = Gio.UnixFDList.new()
        handle = fds.append(fd)
        os.close(fd)
        doc_id = documents("Add", GLib.Variant("(hbb)", (handle, True, False)), "(s)", fds)[0]
        return real_path, os.path.join(mount, doc_id, name)

    real, path = shared_dossier("shared.dossier")
    if real is None:
        print("Bail out! the dossier could not be made: " + path)
        sys.exit(1)

    def cli_run(*args):
        return subprocess.run([cli] + list(args), capture_output=True, text=True, timeout=60)

    def articles_csv(target):
        r = cli_run("export", "--format", "csv", "--table", "articles", "--dossier", target, "--output", "-")
        return r, [line.split(",")[0] for line in r.stdout.splitlines() if line[:1] == "a" and "," in line]

    @test("the portal's file is a regular file that refuses O_NOFOLLOW (the trap this test is about)")
    def _(check):
        check.require(os.path.isfile(path) and not os.path.islink(path), "a regular file", path,
                      os.listdir(os.path.dirname(path)))
        try:
            os.close(os.open(path, os.O_RDONLY | os.O_NOFOLLOW))
        except OSError as e:
            check.equal(e.errno, errno.ELOOP, "open with O_NOFOLLOW fails with ELOOP")
            return
        check.skip("this portal accepts O_NOFOLLOW: the workaround is not exercised here")

    @test("export reads a dossier through the document portal")
    def _(check):
        r, ids = articles_csv(path)
        check.require(r.returncode == 0, "exit status 0", 0, r.stderr)
        check.equal(ids, ["a1"], "the articles")
        check.expect("MENAFN" in r.stdout, "the article's outlet", "MENAFN", r.stdout[:300])

    @test("import writes into it through the portal; the real file has both articles, nothing left beside it")
    def _(check):
        r = cli_run("import", "--dossier", path, second)
        check.require(r.returncode == 0, "import exit status 0", 0, r.stderr)
        r, ids = articles_csv(path)
        check.equal(ids, ["a1", "a2"], "the articles through the portal")
        r, ids = articles_csv(real)
        check.equal(ids, ["a1", "a2"], "the articles of the real file")
        check.equal(sorted(os.listdir(real_dir)), ["shared.dossier"], "the real folder")

    @test("Save As to a new file through the portal (AddNamed, as the save dialog does): a dossier there")
    def _(check):
        helper = os.environ.get("DOSSIER_SAVE_COPY")
        if not helper:
            check.skip("DOSSIER_SAVE_COPY is not set (meson test sets it)")
        folder = os.open(real_dir, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
        fds = Gio.UnixFDList.new()
        handle = fds.append(folder)
        os.close(folder)
        # AddNamed(h o_path_parent_fd, ay filename, b reuse_existing, b persistent) -> s doc_id
        named_id = documents("AddNamed", GLib.Variant("(haybb)", (handle, b"copy.dossier\0", True, False)),
                             "(s)", fds)[0]
        target = os.path.join(mount, named_id, "copy.dossier")
        r = subprocess.run([helper, real, target], capture_output=True, text=True, timeout=60)
        check.require(r.returncode == 0, "Save As exit status 0", 0, r.stderr)
        r, ids = articles_csv(os.path.join(real_dir, "copy.dossier"))
        check.equal(ids, ["a1", "a2"], "the articles of the copy, read from the real folder")
        check.equal(sorted(os.listdir(real_dir)), ["copy.dossier", "shared.dossier"], "the real folder")

    def stored(check, target):
        """The ids of the annotations a dossier holds, as exported."""
        r = cli_run("export", "--format", "json", "--contents", "annotations", "--dossier", target, "--output", "-")
        check.require(r.returncode == 0, "export exit status 0", 0, r.stderr)
        return {a["id"].rsplit(":", 1)[-1] for a in json.loads(r.stdout)["annotations"]}

    def burst_killed(check, target, seconds):
        """Runs the annotation writer on @target and kills it after
        @seconds; the ids it printed, each once its save had returned."""
        burst = os.environ.get("DOSSIER_ANNOTATE_BURST")
        if not burst:
            check.skip("DOSSIER_ANNOTATE_BURST is not set (meson test sets it)")
        writer = subprocess.Popen([burst, target], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(seconds)
        writer.kill()
        out, err = writer.communicate(timeout=30)
        check.require(writer.returncode == -9, "the writer was killed, not failed", -9, err.decode()[-400:])
        # A line cut short by the kill was not printed whole.
        printed = {line for line in out.decode().split("\n")[:-1] if line}
        check.require(printed, "the writer committed annotations", "> 0", len(printed))
        return printed

    @test("a writer killed during bursts of annotations through the portal: every committed one is kept, "
          "through the portal and in the real file")
    def _(check):
        real_crash, crash = shared_dossier("crash.dossier")
        check.require(real_crash is not None, "the dossier was made", "a dossier", crash)
        committed = set()
        rng = random.Random(7)
        for round in range(5):
            # Killed at a random moment of its burst.
            printed = burst_killed(check, crash, rng.uniform(0.1, 0.6))
            committed |= printed
            left = [n for n in os.listdir(real_dir) if n.startswith(".xdp-crash")]
            have = stored(check, crash)
            diag("round %d: %d annotations committed before the kill; left beside the file: %s; %d in the file"
                 % (round, len(printed), ", ".join(left) or "nothing", len(have)))
            missing = committed - have
            check.require(not missing, "round %d: all %d committed annotations through the portal"
                          % (round, len(committed)), 0, sorted(missing)[:5])
        # The last export through the portal closed the dossier and removed
        # its journal: the real file holds them all, nothing is beside it.
        check.equal(len(committed - stored(check, real_crash)), 0, "committed annotations missing from the real file")
        check.equal(sorted(n for n in os.listdir(real_dir) if n.startswith((".xdp", "crash"))),
                    ["crash.dossier"], "the real folder")

    @test("a writer killed, then the portal stopped (the session ended, the power failed): "
          "the real file alone holds every committed annotation")
    def _(check):
        real_lost, lost = shared_dossier("stopped.dossier")
        check.require(real_lost is not None, "the dossier was made", "a dossier", lost)
        printed = burst_killed(check, lost, 0.5)
        # What a file made beside the document becomes is the portal's own
        # temporary file: once the portal is gone, nothing maps it back.
        daemon.terminate()
        daemon.wait(timeout=10)
        subprocess.run(["fusermount3", "-u", mount], capture_output=True)
        have = stored(check, real_lost)
        diag("%d annotations committed before the kill, %d in the real file after the portal stopped"
             % (len(printed), len(have)))
        check.equal(len(printed - have), 0, "committed annotations missing from the real file")

    ok = run_tests()
    daemon.terminate()
    try:
        daemon.wait(timeout=10)
    except subprocess.TimeoutExpired:
        daemon.kill()
    return 0 if ok else 1


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "--inner":
        sys.exit(inner(*sys.argv[2:5]))
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cli = os.path.abspath(sys.argv[1])
    seeds = os.path.abspath(sys.argv[2])
    portal = sys.argv[3] if len(sys.argv) > 3 else PORTAL
    sys.exit(outer(cli, seeds, portal))


if __name__ == "__main__":
    main()
