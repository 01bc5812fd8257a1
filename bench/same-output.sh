#!/bin/sh
# Builds a base commit and this checkout (its working tree, uncommitted
# changes included) side by side, runs the same dossier-cli commands with
# both from the same folder, and compares what they print byte for byte:
#
#   analyze --json and --jsonl on the seeds, on every file of tests/data and
#   on the AEB pages (../shared/bench/aeb, all analysed as one dossier),
#   timeline on the seeds, extract on the AEB pages and the seeds, and the
#   export of the sample dossier to CSV (five tables), JSON and PDF (its text,
#   through pdftotext, since a PDF carries its creation time).
#
#   bench/same-output.sh BASE          e.g. bench/same-output.sh HEAD~3
#
# Exit status 0 when every output is identical, 1 when one differs (the
# first lines of each difference are printed), 2 for a usage error or a
# failed build.  Builds go to bench/work/same-output/ (git-ignored) and are
# kept, so a second run only rebuilds what changed.
set -eu

if [ $# -ne 1 ]; then
  echo "usage: bench/same-output.sh BASE   (a commit, e.g. HEAD~1)" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(git -C "$here" rev-parse --verify "$1^{commit}") || { echo "same-output: no commit '$1'" >&2; exit 2; }
work="$here/bench/work/same-output"
aeb="${DOSSIER_AEB_DIR:-$here/../shared/bench/aeb}/html_gz"
mkdir -p "$work"

build ()
{
  # $1: source tree, $2: build folder
  if [ -f "$2/build.ninja" ]; then
    meson setup --reconfigure "$2" "$1" >/dev/null
  else
    meson setup "$2" "$1" >/dev/null
  fi
  ninja -C "$2" src/cli/dossier-cli >/dev/null
}

echo "same-output: base $(git -C "$here" log -1 --format='%h %s' "$base" | cut -c1-72)"
rm -rf "$work/base-src"
git -C "$here" worktree prune
git -C "$here" worktree add --detach --force "$work/base-src" "$base" >/dev/null 2>&1 ||
  { echo "same-output: could not check out $base" >&2; exit 2; }
build "$work/base-src" "$work/base-build" || { echo "same-output: the base does not build" >&2; exit 2; }
build "$here" "$work/head-build" || { echo "same-output: this checkout does not build" >&2; exit 2; }
git -C "$here" worktree remove --force "$work/base-src"

# The inputs, at the same relative paths for both binaries.
inputs="$work/inputs"
rm -rf "$inputs"
mkdir -p "$inputs/aeb"
cp -r "$here/seeds" "$inputs/seeds"
cp -r "$here/tests/data" "$inputs/tests-data"
if [ -d "$aeb" ]; then
  for page in "$aeb"/*.html.gz; do
    name=$(basename "$page" .gz)
    gzip -dc "$page" > "$inputs/aeb/$name"
  done
else
  echo "same-output: no AEB pages at $aeb (set DOSSIER_AEB_DIR); compared without them" >&2
fi

run_all ()
{
  # $1: the CLI, $2: the output folder.  Exit statuses are part of the output.
  cli=$1
  out=$2
  rm -rf "$out"
  mkdir -p "$out"
  cd "$inputs"
  run ()
  {
    name=$1
    shift
    status=0
    "$cli" "$@" > "$out/$name.out" 2> "$out/$name.err" || status=$?
    echo "$status" > "$out/$name.status"
  }
  run seeds-json analyze --json seeds
  run seeds-jsonl analyze --jsonl seeds
  run seeds-timeline timeline seeds
  run seeds-extract extract seeds
  run seeds-ref-date analyze --json --ref-date 2024-10-18 seeds
  find tests-data -type f | LC_ALL=C sort | while read -r file; do
    safe=$(echo "$file" | tr '/' '_')
    run "data-$safe-json" analyze --json "$file"
    run "data-$safe-extract" extract "$file"
  done
  run data-all-json analyze --json tests-data/clean tests-data/cli
  if [ -n "$(ls aeb)" ]; then
    run aeb-json analyze --json aeb
    run aeb-jsonl analyze --jsonl aeb
    run aeb-extract extract aeb
  fi
  run export-json export --format json --output "$out/export.json" seeds
  run export-csv export --format csv --output "$out/export-csv" seeds
  run export-pdf export --format pdf --output "$out/export.pdf" seeds
  if [ -f "$out/export.pdf" ]; then
    # The cover says when the report was made, to the minute.
    pdftotext -layout "$out/export.pdf" - | sed 's/^Generated on .* by Dossier/Generated on (time) by Dossier/' > "$out/export-pdf.txt"
    pdfinfo "$out/export.pdf" | grep -E '^(Pages|Title)' > "$out/export-pdf.info"
    rm "$out/export.pdf"
  fi
  cd "$here"
}

run_all "$work/base-build/src/cli/dossier-cli" "$work/base-out"
run_all "$work/head-build/src/cli/dossier-cli" "$work/head-out"

if diff -r -q "$work/base-out" "$work/head-out" >/dev/null; then
  count=$(find "$work/head-out" -type f | wc -l)
  echo "same-output: identical ($count outputs compared)"
  exit 0
fi
echo "same-output: DIFFERENT"
diff -r -q "$work/base-out" "$work/head-out" | sed 's/^/  /'
for file in $(diff -r -q "$work/base-out" "$work/head-out" | awk '/^Files/ {print $2}'); do
  echo "--- ${file#"$work/"}"
  diff "$file" "$work/head-out/${file#"$work/base-out/"}" | head -20
done
exit 1
