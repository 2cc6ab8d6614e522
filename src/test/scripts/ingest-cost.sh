#!/usr/bin/env bash
# What import batches and duplicate detection (issue 11) cost: imports the same generated traceback file
# (ROWS hop rows, 5 per traceback) into the first sample case with the Tracebench of BASELINE (the commit
# before issue 11, which had neither) and with this checkout's, in the same run, alternating; then imports
# the same file again with this checkout's, where every call is a duplicate. Prints wall and CPU seconds
# of each import and the two ratios the issue sets: current / baseline (goal <= 1.2) and
# re-import / import (goal <= 1.0).
#   src/test/scripts/ingest-cost.sh [ROWS] [ROUNDS]        (defaults: 1000000, 1)
# PHASES=1 then imports the file once more with each jar through ImportPhases.java (beside this script), which
# prints the CPU of each phase: JVM start, opening the store, the import, the automatic backup, the close.
# Needs Maven, git and a JDK 21+ as $JAVA (default: java). Builds both jars itself (offline when it can),
# or takes this checkout's from $CURRENT_JAR.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS=${1:-1000000}; ROUNDS=${2:-1}
BASELINE=${BASELINE:-b443ed0}
JAVA=${JAVA:-java}
work=$(mktemp -d); base_tree="$work/baseline-src"
cleanup() { git worktree remove --force "$base_tree" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

# CURRENT_JAR: a jar of this checkout already built (benchmarks.sh passes its own), else it is built here.
# The baseline's jar is kept in target/ between runs, since the commit does not change.
if [ -n "${CURRENT_JAR:-}" ]; then
  cp "$CURRENT_JAR" "$work/current.jar"
else
  echo "Building this checkout..."
  mvn -q -B package -DskipTests >/dev/null
  cp target/tracebench.jar "$work/current.jar"
fi
cached="target/bench-baseline-$BASELINE.jar"
if [ ! -f "$cached" ]; then
  echo "Building the baseline ($BASELINE)..."
  git worktree add -q --detach "$base_tree" "$BASELINE"
  (cd "$base_tree" && mvn -q -B package -DskipTests >/dev/null)
  mkdir -p target
  cp "$base_tree/target/tracebench.jar" "$cached"
fi
cp "$cached" "$work/baseline.jar"

file="$work/tracebacks.csv"
python3 - "$file" "$ROWS" <<'PY'
import random, sys
from datetime import datetime, timedelta, timezone
path, rows = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
base = datetime(2021, 1, 1, tzinfo=timezone.utc)
campaigns = ["SSA Imposter", "Arrest Warrant Scam", "Auto Warranty", "Credit Card Rate Reduction Call", "Amazon Imposter",
             "Utility Disconnect Scam", "Medicare Benefits", "Student Loan Forgiveness", "Financial Impersonation Scam",
             "Authorized Order Scam"]
roles = ["terminating", "intermediate", "intermediate", "gateway", "originating"]
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
with open(path, "w") as out:
    out.write("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,"
              "notified_at_utc,responded_at_utc,response,customer,attestation\n")
    for t in range(rows // 5):
        call = base + timedelta(seconds=rnd.randrange(3 * 365 * 86400))
        caller, called = f"+1202555{rnd.randrange(10000):04d}", f"+1312555{rnd.randrange(10000):04d}"
        campaign, answered = rnd.choice(campaigns), rnd.randrange(10) > 0
        for h in range(1, 6):
            top = h == 5
            notified = call + timedelta(seconds=86400 + h * 3600)
            responded = "" if top and not answered else iso(notified + timedelta(seconds=7200))
            response = ("customer_identified" if answered else "no_response") if top else "upstream_identified"
            customer = f"Caller {rnd.randrange(500)}" if top and answered else ""
            out.write(f"TB-{t},{iso(call)},{caller},{called},{campaign},\"47 USC 227(b); 47 CFR 64.1200(a)\",{h},"
                      f"Provider {rnd.randrange(2000)} LLC,{roles[h-1]},{iso(notified)},{responded},{response},{customer},"
                      f"{'A' if h == 1 else 'C' if h == 4 else ''}\n")
PY
printf 'Generated %s hop rows: %s bytes\n' "$ROWS" "$(stat -c %s "$file")"

# Runs one batch import and prints "wall cpu" in seconds; the import's own report goes to a log.
timed_import() {
  local jar=$1 db=$2 log=$3 start end cpu
  start=$(date +%s.%N)
  cpu=$( { /usr/bin/env TIMEFORMAT='%U %S' bash -c "time \"$JAVA\" -Xmx1g -jar \"$jar\" --db \"$db\" import \"$file\" --case 1 >\"$log\" 2>&1" ; } 2>&1 | tail -1 )
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN { split(c, p, " "); printf "%.1f %.1f\n", e - s, p[1] + p[2] }'
}

declare -a base_wall base_cpu cur_wall cur_cpu again_wall again_cpu
for round in $(seq 1 "$ROUNDS"); do
  for who in baseline current; do
    db="$work/db-$who-$round"
    "$JAVA" -jar "$work/$who.jar" --db "$db" samples >/dev/null 2>&1
    read -r wall cpu < <(timed_import "$work/$who.jar" "$db" "$work/$who-$round.log")
    calls=$("$JAVA" -jar "$work/$who.jar" --db "$db" cases 2>/dev/null | awk -F'\t' '$1 == 1 { print $5 }')
    [ "$calls" = $((78 + ROWS / 5)) ] || { echo "$who: case 1 holds $calls calls after the import:"; cat "$work/$who-$round.log"; exit 1; }
    echo "round $round, $who import: ${wall} s wall, ${cpu} s CPU"
    if [ "$who" = baseline ]; then base_wall+=("$wall"); base_cpu+=("$cpu"); else cur_wall+=("$wall"); cur_cpu+=("$cpu"); fi
    if [ "$who" = current ]; then
      read -r wall cpu < <(timed_import "$work/current.jar" "$db" "$work/again-$round.log")
      echo "round $round, current re-import (all duplicates): ${wall} s wall, ${cpu} s CPU"
      grep -i "against the case" "$work/again-$round.log" | head -1
      calls=$("$JAVA" -jar "$work/current.jar" --db "$db" cases 2>/dev/null | awk -F'\t' '$1 == 1 { print $5 }')
      [ "$calls" = $((78 + ROWS / 5)) ] || { echo "re-import: case 1 holds $calls calls"; cat "$work/again-$round.log"; exit 1; }
      again_wall+=("$wall"); again_cpu+=("$cpu")
    fi
  done
done

if [ "${PHASES:-0}" = 1 ]; then
  javac_bin="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/javac"
  for who in baseline current; do
    mkdir -p "$work/phases-$who"
    "$javac_bin" -d "$work/phases-$who" -cp "$work/$who.jar" src/test/scripts/ImportPhases.java
    db="$work/phases-db-$who"
    "$JAVA" -jar "$work/$who.jar" --db "$db" samples >/dev/null 2>&1
    echo "phases, $who:"
    "$JAVA" -Xmx1g -cp "$work/phases-$who:$work/$who.jar" ImportPhases "$db" "$file" "$([ "$who" = current ] && echo backup)" 2>/dev/null
  done
fi

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
bw=$(median "${base_wall[@]}"); bc=$(median "${base_cpu[@]}")
cw=$(median "${cur_wall[@]}"); cc=$(median "${cur_cpu[@]}")
aw=$(median "${again_wall[@]}"); ac=$(median "${again_cpu[@]}")
echo
echo "| Figure | Wall s | CPU s | Baseline | Ratio wall | Ratio CPU | Goal |"
echo "|---|---|---|---|---|---|---|"
awk -v bw="$bw" -v bc="$bc" -v cw="$cw" -v cc="$cc" -v aw="$aw" -v ac="$ac" -v rows="$ROWS" 'BEGIN {
  printf "| import of %d rows, this checkout | %.1f | %.1f | %s before issue 11: %.1f s wall, %.1f s CPU | %.2f | %.2f | <= 1.2 |\n", rows, cw, cc, "import", bw, bc, cw / bw, cc / bc
  printf "| re-import of the same rows (all duplicates) | %.1f | %.1f | import, this checkout: %.1f s wall, %.1f s CPU | %.2f | %.2f | <= 1.0 |\n", aw, ac, cw, cc, aw / cw, ac / cc
}'
