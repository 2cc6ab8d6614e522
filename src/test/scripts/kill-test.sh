#!/usr/bin/env bash
# Kills Tracebench in the middle of its work and opens the database again, the way a dead battery or a
# forced shutdown would. Prints, per run, whether the next open worked, how long it took and what the store
# holds, then a summary.
#   src/test/scripts/kill-test.sh RUNS [KILL|TERM|INT] [import|samples]
# Needs target/tracebench.jar (mvn -B package -DskipTests) and a JDK 21+ as $JAVA (default: java).
# Environment: TRACEBACKS (default 60000; each is 3 rows, so 100000 gives the 300,000-row import of issue 12),
# JAR (default target/tracebench.jar; copy it elsewhere to keep building while this runs), MAX_DELAY (seconds;
# default: one uncut import is timed first and kills land anywhere in 1..its length).
# The nightly-size figure of docs/security.md:  TRACEBACKS=100000 src/test/scripts/kill-test.sh 50 KILL import
set -uo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}; SIG=${2:-KILL}; MODE=${3:-import}
JAVA=${JAVA:-java}; JAR=${JAR:-target/tracebench.jar}; TRACEBACKS=${TRACEBACKS:-60000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
big="$work/big.csv"
if [ "$MODE" = import ]; then
  python3 - "$big" "$TRACEBACKS" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,'
            'notified_at_utc,responded_at_utc,response,customer,attestation\n')
    for i in range(int(sys.argv[2])):
        for h, (p, r) in enumerate([(f'Term {i%50}', 'terminating'), (f'Mid {i%300}', 'intermediate'),
                                    (f'Orig {i%900}', 'originating')], 1):
            f.write(f'TB-KILL-{i:06d},2023-03-{1+i%28:02d}T04:{i%60:02d}:00Z,+1202555{i%10000:04d},'
                    f'+1312555{(i*7)%10000:04d},Camp {i%20},47 USC 227(b),{h},{p},{r},2023-04-01T10:00:00Z,,'
                    f'no_response,,A\n')
PY
fi
ms() { date +%s%3N; }
if [ -z "${MAX_DELAY:-}" ]; then
  if [ "$MODE" = import ]; then
    db="$work/timing"; "$JAVA" -jar "$JAR" --db "$db" cases >/dev/null 2>&1
    t0=$(ms); "$JAVA" -jar "$JAR" --db "$db" import "$big" >/dev/null 2>&1; t1=$(ms); rm -rf "$db"
    MAX_DELAY=$(( (t1 - t0) / 1000 + 1 ))
    echo "one uncut import of $((TRACEBACKS * 3)) rows took $(( (t1 - t0) / 1000 ))s; kills land in 1..${MAX_DELAY}s"
  else
    MAX_DELAY=8
  fi
fi
opened=0; whole=0; absent=0; partial=0; open_ms_total=0; open_ms_max=0
for run in $(seq 1 "$RUNS"); do
  db="$work/db$run"
  if [ "$MODE" = import ]; then
    "$JAVA" -jar "$JAR" --db "$db" cases >/dev/null 2>&1
    "$JAVA" -jar "$JAR" --db "$db" import "$big" >/dev/null 2>&1 & pid=$!
  else
    "$JAVA" -jar "$JAR" --db "$db" samples >/dev/null 2>&1 & pid=$!
  fi
  delay_ms=$(( 1000 + (RANDOM * 32768 + RANDOM) % (MAX_DELAY * 1000) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"; kill -"$SIG" "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  t0=$(ms); out=$("$JAVA" -jar "$JAR" --db "$db" cases 2>&1); rc=$?; t1=$(ms)
  open_ms=$((t1 - t0)); open_ms_total=$((open_ms_total + open_ms)); [ "$open_ms" -gt "$open_ms_max" ] && open_ms_max=$open_ms
  counts=$("$JAVA" -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$db/tracebench;FILE_LOCK=FS" -user sa -sql \
    "select (select count(*) from traced_call) calls, (select count(*) from hop) hops, (select count(*) from hop h where not exists (select 1 from traced_call c where c.id = h.traced_call_id)) orphans, (select count(*) from case_file) cases" \
    2>&1 | sed -n 2p | tr -s ' ')
  [ "$rc" = 0 ] && opened=$((opened + 1))
  read -r calls _ hops _ orphans _ <<<"$counts"
  if [ "$MODE" = import ]; then
    if [ "${calls:-x}" = 0 ] && [ "${hops:-x}" = 0 ]; then absent=$((absent + 1));
    elif [ "${calls:-x}" = "$TRACEBACKS" ] && [ "${hops:-x}" = "$((TRACEBACKS * 3))" ] && [ "${orphans:-x}" = 0 ]; then whole=$((whole + 1));
    else partial=$((partial + 1)); fi
  fi
  echo "run $run: kill -$SIG after ${delay_ms}ms -> open exit $rc in ${open_ms}ms; calls | hops | orphan hops | cases = $counts $(echo "$out" | grep '^tracebench:' | head -1)"
  rm -rf "$db"
done
echo "summary: $RUNS kills (-$SIG, $MODE): $opened opened with exit 0; import whole $whole, absent $absent, partial $partial;" \
  "time to open after a kill: mean $((open_ms_total / RUNS))ms, max ${open_ms_max}ms (a full JVM start of \`cases\`)"
