#!/bin/bash
# bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds the libFuzzer targets (clang, _build-fuzz with -Dfuzzing=true),
# prepares their seed corpora under bench/work/fuzz/ and runs each target
# for SECONDS_PER_TARGET (default 60), then prints executions, exec/s, new
# coverage and findings per target.  Targets: text html store annotations
# (default: all).  The corpora grow across runs (bench/work/fuzz/corpus/);
# a crashing, leaking, slow (> 25 s) or memory-hungry (> 2 GiB) input is
# written to bench/work/fuzz/artifacts/<target>/ — keep it as a regression
# test in tests/data/fuzz-regressions/<target>/.
#
# Environment: AEB_PAGES (how many AEB pages seed the HTML target, 40),
# FUZZ_RUNS (stop each target after this many executions instead; with
# it, SECONDS may be 0 for no time limit), FUZZ_FLAGS (more libFuzzer
# flags, e.g. -entropic=0: the older scheduling, a third faster per input
# on the text target, for long runs that count executions), FUZZ_TIMEOUT
# (seconds one input may take, 25 as on OSS-Fuzz: a fuzzer at the lowest
# priority, starved by a build on the same cores, reported 0.2-second
# inputs as 10-second "timeouts").
#
# Inputs are capped small (max_len): short inputs reach the same branches
# of the cleaner, the HTML extractor and the analysis at five to ten times
# the rate of whole pages, and long inputs have their own cases in
# tests/test-hostile.py (10 MB lines, 200 MB files, 100 000 nested
# elements) and the AEB benchmark.  The store's cap leaves room for a
# dossier's schema pages.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
runs=${FUZZ_RUNS:-}
targets=${*:-text html store annotations}
build=$here/_build-fuzz
work=$here/bench/work/fuzz
aeb=${AEB_DIR:-$here/../shared/bench/aeb/html_gz}
aeb_pages=${AEB_PAGES:-40}

declare -A max_len=([text]=2048 [html]=4096 [store]=32768 [annotations]=16384)

# Build.
if [ ! -f "$build/build.ninja" ]; then
  # Debian's clang-14 package installs clang-14; the clang package the
  # plain name.
  CC=$(command -v clang || command -v clang-14) meson setup "$build" -Dfuzzing=true >/dev/null
fi
ninja -C "$build" fuzz/make-seed-dossier $(for t in $targets; do echo "fuzz/fuzz-$t"; done) >/dev/null

# Seeds: rebuilt each run from the sources; the corpora are kept.
for t in $targets; do
  rm -rf "${work:?}/seeds/$t"
  mkdir -p "$work/seeds/$t" "$work/corpus/$t" "$work/artifacts/$t" "$work/logs"
  if [ -d "$here/tests/data/fuzz-regressions/$t" ]; then
    find "$here/tests/data/fuzz-regressions/$t" -type f -exec cp {} "$work/seeds/$t/" \;
  fi
done
for t in $targets; do
  case $t in
    text)
      cp "$here"/seeds/*.txt "$work/seeds/text/"
      find "$here/tests/data" -name '*.txt' -not -path '*/fuzz-regressions/*' -exec cp {} "$work/seeds/text/" \;
      ;;
    html)
      # A subset of the AEB pages, the smaller ones first (the fuzzer
      # keeps their first max_len bytes).
      if [ -d "$aeb" ]; then
        n=0
        for page in $(ls -S -r "$aeb"/*.html.gz); do
          name=$(basename "$page" .gz)
          gzip -dc "$page" >"$work/seeds/html/$name"
          n=$((n + 1))
          [ "$n" -lt "$aeb_pages" ] || break
        done
      else
        echo "fuzz: no AEB pages in $aeb; the HTML target starts from nothing" >&2
      fi
      ;;
    store)
      "$build/fuzz/make-seed-dossier" "$work/seeds/store/seed.dossier"
      rm -f "$work/seeds/store/seed.dossier-wal" "$work/seeds/store/seed.dossier-shm"
      ;;
    annotations)
      cp "$here"/fuzz/corpus/annotations/* "$work/seeds/annotations/"
      ;;
  esac
done

# Run.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8 TZ=UTC
declare -A result
for t in $targets; do
  dict=()
  [ -f "$here/fuzz/$t.dict" ] && dict=(-dict="$here/fuzz/$t.dict")
  limits=(-max_total_time="$seconds")
  [ -z "$runs" ] || limits+=(-runs="$runs")
  # shellcheck disable=SC2206
  [ -z "${FUZZ_FLAGS:-}" ] || limits+=(${FUZZ_FLAGS})
  log=$work/logs/$t.log
  echo "fuzz: $t for ${seconds}s${runs:+ or $runs runs} (log: ${log#$here/})" >&2
  status=0
  "$build/fuzz/fuzz-$t" "${dict[@]}" "${limits[@]}" \
    -max_len="${max_len[$t]}" -len_control=0 -timeout="${FUZZ_TIMEOUT:-25}" -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$t/" \
    "$work/corpus/$t" "$work/seeds/$t" >"$log" 2>&1 || status=$?
  result[$t]=$status
done

# Report.
printf '\n%-12s %8s %12s %8s %6s %6s %8s  %s\n' target seconds executions exec/s new cov rss_mb finding
for t in $targets; do
  log=$work/logs/$t.log
  final() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  execs=$(final number_of_executed_units)
  rate=$(final average_exec_per_sec)
  new=$(final new_units_added)
  rss=$(final peak_rss_mb)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  elapsed=$(( ${execs:-0} / (${rate:-0} > 0 ? ${rate:-1} : 1) ))
  finding=none
  if [ "${result[$t]}" -ne 0 ]; then
    finding=$(grep -m1 -o -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-zA-Z-]+|runtime error: .*|GLib[^:]*:[^:]*: .*' "$log" | head -1)
    artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
    finding="${finding:-exit ${result[$t]}} ${artifact:+→ ${artifact#$here/}}"
  fi
  printf  '%-12s %8s %12s %8s %6s %6s %8s  %s\n' "$t" "$elapsed" "${execs:-?}" "${rate:-?}" "${new:-?}" "${cov:-?}" "${rss:-?}" "$finding"
done
