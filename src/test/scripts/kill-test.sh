#!/usr/bin/env bash
# Kills Tracebench in the middle of its work and opens the database again, the way a dead battery or a
# forced shutdown would. Prints, per run, whether the next open worked and what the store holds.
#   src/test/scripts/kill-test.sh RUNS [KILL|TERM|INT] [import|samples]
# Needs target/tracebench.jar (mvn -B package -DskipTests) and a JDK 21+ as $JAVA (default: java).
set -uo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}; SIG=${2:-KILL}; MODE=${3:-import}
JAVA=${JAVA:-java}; JAR=target/tracebench.jar
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
big="$work/big.csv"
if [ "$MODE" = import ]; then
  python3 - "$big" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,'
            'notified_at_utc,responded_at_utc,response,customer,attestation\n')
    for i in range(60000):
        for h, (p, r) in enumerate([(f'Term {i%50}', 'terminating'), (f'Mid {i%300}', 'intermediate'),
                                    (f'Orig {i%900}', 'originating')], 1):
            f.write(f'TB-KILL-{i:06d},2023-03-{1+i%28:02d}T04:{i%60:02d}:00Z,+1202555{i%10000:04d},'
                    f'+1312555{(i*7)%10000:04d},Camp {i%20},47 USC 227(b),{h},{p},{r},2023-04-01T10:00:00Z,,'
                    f'no_response,,A\n')
PY
fi
for run in $(seq 1 "$RUNS"); do
  db="$work/db$run"
  if [ "$MODE" = import ]; then
    "$JAVA" -jar "$JAR" --db "$db" cases >/dev/null 2>&1
    "$JAVA" -jar "$JAR" --db "$db" import "$big" >/dev/null 2>&1 & pid=$!
    delay=$((3 + RANDOM % 35))
  else
    "$JAVA" -jar "$JAR" --db "$db" samples >/dev/null 2>&1 & pid=$!
    delay=$((1 + RANDOM % 8))
  fi
  sleep "$delay"; kill -"$SIG" "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  out=$("$JAVA" -jar "$JAR" --db "$db" cases 2>&1); rc=$?
  counts=$("$JAVA" -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$db/tracebench;FILE_LOCK=FS" -user sa -sql \
    "select (select count(*) from traced_call) calls, (select count(*) from hop) hops, (select count(*) from hop h where not exists (select 1 from traced_call c where c.id = h.traced_call_id)) orphans, (select count(*) from case_file) cases" \
    2>&1 | sed -n 2p | tr -s ' ')
  echo "run $run: kill -$SIG after ${delay}s -> open exit $rc; calls | hops | orphan hops | cases = $counts $(echo "$out" | grep '^tracebench:' | head -1)"
done
