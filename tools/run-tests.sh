#!/bin/sh
# The whole test suite: sets the machine up if needed (tools/setup-debian.sh,
# idempotent), builds, and runs every test suite with meson (dossier-cli
# under valgrind memcheck included); then builds again with AddressSanitizer
# and UBSan in _build-asan and runs the whole suite there too (meson test
# --setup asan: memory errors, leaks and undefined behaviour fail).
# Arguments go to both `meson test` runs (e.g. a suite: --suite core).
# DOSSIER_SKIP_SANITIZERS=1 runs the ordinary build's tests only.
set -eu
cd "$(dirname "$0")/.."
./tools/setup-debian.sh
meson test -C _build --print-errorlogs --num-processes 2 "$@"

if [ "${DOSSIER_SKIP_SANITIZERS:-0}" = 1 ]; then
  exit 0
fi
# b_lundef=false: the sanitizer runtimes are linked into executables only.
set -- --print-errorlogs --num-processes 2 "$@"
if [ -f _build-asan/build.ninja ]; then
  reconfigure=--reconfigure
else
  reconfigure=
fi
meson setup $reconfigure _build-asan -Db_sanitize=address,undefined -Db_lundef=false \
  "-Dc_args=-fno-sanitize-recover=undefined -fno-omit-frame-pointer" >/dev/null
ninja -C _build-asan
meson test -C _build-asan --setup asan "$@"
