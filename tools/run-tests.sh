#!/bin/sh
# The whole test suite: sets the machine up if needed (tools/setup-debian.sh,
# idempotent), builds, and runs every test suite with meson.
set -eu
cd "$(dirname "$0")/.."
./tools/setup-debian.sh
meson test -C _build --print-errorlogs --num-processes 2 "$@"
