#!/usr/bin/env bash
# Counts how often a SIGKILL in the middle of a large open H2 transaction leaves one of its rows in the
# reopened database (decisions 0019 and 0020). Runs store.StrayRowKillLoop (test code) on the compiled classes.
#   src/test/scripts/stray-row-kill-loop.sh KILLS [MAX_DELAY_MS] [child options, e.g. writeDelay=1]
# Environment: H2_VERSION (default: the pom's) runs the loop and its child on another H2 jar from ~/.m2;
# JAVA (default java); SEED; WORK (default: a temporary folder, kept when a stray row was found).
# Needs `mvn -q -o test-compile` first. Run it under `nice -n 10` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../../.."
KILLS=${1:-20}; MAX_DELAY=${2:-3000}; shift $(( $# > 2 ? 2 : $# ))
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2[1-9]*/bin/java 2>/dev/null | head -1)}; JAVA=${JAVA:-java}
WORK=${WORK:-$(mktemp -d)}; mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
cp_file="$WORK/classpath"
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
# A copy of the classes: a build in this tree while the loop runs must not pull them from under the child.
rm -rf "$WORK/classes" "$WORK/test-classes"; cp -r target/classes target/test-classes "$WORK/"
cp="$WORK/test-classes:$WORK/classes:$(cat "$cp_file")"
if [ -n "${H2_VERSION:-}" ]; then
  jar="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
  [ -f "$jar" ] || mvn -q dependency:get -Dartifact="com.h2database:h2:$H2_VERSION" >/dev/null
  cp=$(echo "$cp" | tr ':' '\n' | sed "s#.*/com/h2database/h2/.*#$jar#" | paste -sd:)
fi
"$JAVA" -cp "$cp" org.tracebench.store.StrayRowKillLoop "$KILLS" "$MAX_DELAY" "$WORK" "${SEED:-$RANDOM$RANDOM}" "$@" \
  | tee "$WORK/loop.log"
if ls -d "$WORK"/stray-* >/dev/null 2>&1; then
  echo "killed files with a stray row (or that failed to open) kept in $WORK"
else
  rm -rf "$WORK"
fi
