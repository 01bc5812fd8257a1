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
  poppler-utils valgrind time strace
  clang-14 libclang-rt-14-dev"

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

cd "$here"
if [ -f _build/build.ninja ]; then
  meson setup --reconfigure _build >/dev/null
else
  meson setup _build
fi
ninja -C _build
