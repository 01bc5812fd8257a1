#!/bin/sh
# Runs Dossier on the sample dossier from the build directory: the window
# when there is a display, else the sample's timeline on the terminal.
set -eu
cd "$(dirname "$0")/.."

if [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${DISPLAY:-}" ]; then
  # Uninstalled: the settings schema is in the build directory.
  GSETTINGS_SCHEMA_DIR="$PWD/_build/data" exec ./_build/src/dossier "$@"
fi

echo "dossier: no display (neither WAYLAND_DISPLAY nor DISPLAY is set); here is the sample dossier's timeline from dossier-cli:"
echo
./_build/src/cli/dossier-cli timeline
./_build/src/cli/dossier-cli analyze > sample.json
echo "The whole analysis is in sample.json."
