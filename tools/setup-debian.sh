#!/bin/sh
# Sets up a fresh Debian 12 machine (as root) to build, test and run Dossier:
# installs the packages the build and the test suite need, then configures
# and builds. Idempotent: run it again and it only rebuilds what changed.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)

packages="build-essential pkgconf meson ninja-build python3
  libglib2.0-dev libjson-glib-dev libxml2-dev libsqlite3-dev iso-codes
  libgtk-4-dev libadwaita-1-dev gettext libxml2-utils desktop-file-utils
  appstream xvfb xauth dbus at-spi2-core python3-pyatspi imagemagick
  poppler-utils valgrind time strace wordnet-base
  clang-14 libclang-rt-14-dev
  fuse3 python3-gi gir1.2-glib-2.0"

missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $package"
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these packages are missing:$missing" >&2
    echo "setup: run this script as root (or install them with apt-get) first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# The document portal (xdg-document-portal), for the test that opens a
# dossier the way the Flatpak does, through the portal's files: unpacked
# for the tests, not installed, so that no portal service is registered
# on the session bus (GTK asks a registered one for settings and waits,
# in headless runs).
portal=/opt/dossier-test/xdg-desktop-portal
if [ ! -x "$portal/usr/libexec/xdg-document-portal" ] && [ "$(id -u)" -eq 0 ]; then
  download=$(mktemp -d)
  if (cd "$download" && { apt-get download -qq xdg-desktop-portal 2>/dev/null ||
                          { apt-get update -qq && apt-get download -qq xdg-desktop-portal 2>/dev/null; }; }); then
    mkdir -p "$portal"
    dpkg-deb -x "$download"/xdg-desktop-portal_*.deb "$portal"
  else
    echo "setup: could not download xdg-desktop-portal; the document portal test will be skipped" >&2
  fi
  rm -rf "$download"
fi

cd "$here"
if [ -f _build/build.ninja ]; then
  meson setup --reconfigure _build >/dev/null
else
  meson setup _build
fi
ninja -C _build
