#!/usr/bin/env bash
# Fuzzes the readers with Jazzer for real (coverage-guided), one target per Maven run, because Jazzer's JUnit
# integration fuzzes only the first fuzz test of a run (decision 0017). Each target runs SECONDS (default 60)
# on top of its inputs folder; a failing input is written into that folder (src/test/resources/...Inputs/
# <method>/crash-...), so once the reader is fixed the suite replays it. Needs the test classes compiled
# (mvn test-compile, or after mvn verify). Exit status: 0 when no target found anything.
#   src/test/scripts/fuzz.sh [SECONDS] [Class#method ...]
set -uo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(ReaderFuzzTest#delimitedText ReaderFuzzTest#workbook ReaderFuzzTest#tracebacks RmdReaderFuzzTest#rmdExport)
fi
failed=()
for target in "${TARGETS[@]}"; do
  log="target/fuzz-${target//#/-}.log"
  mkdir -p target
  echo "Fuzzing $target for ${SECONDS_EACH}s (log: $log)"
  # The toolchain goal picks the JDK 21+ the build uses; surefire:test alone would fork Maven's own JDK.
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${SECONDS_EACH}s" mvn -B ${MVN_FLAGS:-} toolchains:select-jdk-toolchain@default \
      surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=true >"$log" 2>&1; then
    grep -E '^Done [0-9]+ runs' "$log" | tail -1 | sed "s/^/  $target: /"
  else
    echo "  $target FOUND A FAILURE or did not run; see $log:" >&2
    grep -E 'crash-|Tests run:|FAILURE|Exception' "$log" | head -15 >&2
    failed+=("$target")
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "Fuzzing failed: ${failed[*]}" >&2; exit 1; }
echo "Fuzzing: no failure in ${#TARGETS[@]} targets"
