#!/usr/bin/env bash
# The by-hand proof of issue 12: SIGKILL a large import at random moments and open every database again,
# without removing any file by hand. Each kill lands somewhere in the time one uncut import takes to commit;
# afterwards `cases` opens the database (timed: this is the wait a user sees after a crash) and `check` reads
# it whole. The import is then either whole (every call and hop of the file in the case) or absent (the case
# as it was); anything else, or a database that does not open, is a failure.
#   src/test/scripts/kill-during-import.sh [KILLS] [ROWS]          (defaults: 50, 300000)
# ROWS are hop rows of the traceback generator of src/test/scripts/ingest-cost.sh (5 hops per call, so the
# 300,000-row file holds 60,000 calls), imported with `import FILE --case 1` into a database holding the
# sample cases.
# Environment:
#   JAVA         JDK 21+ (default: /usr/lib/jvm/temurin-25-jdk-amd64/bin/java when present, else java)
#   JAR          the build under test (default: built now with `mvn -q -o package -DskipTests`)
#   COMPARE_JAR  an older build: each killed database is copied first and opened with it too, timed, so the two
#                open times come from the same killed file on the same machine in the same run
#   COMPARE_KILLS  compare on the first N kills only (default: all)
#   WORK         working folder (default: a new temporary folder, removed at the end unless KEEP=1)
set -uo pipefail
cd "$(dirname "$0")/../../.."
KILLS=${1:-50}; ROWS=${2:-300000}
if [ -z "${JAVA:-}" ]; then
  JAVA=java; [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
work=${WORK:-$(mktemp -d)}; mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
if [ -z "${JAR:-}" ]; then
  mvn -q -o package -DskipTests >/dev/null || { echo "build failed"; exit 1; }
  JAR=target/tracebench.jar
fi
# Copied, so the checkout can be rebuilt while this runs.
cp "$JAR" "$work/under-test.jar"; jar="$work/under-test.jar"
compare=""; [ -n "${COMPARE_JAR:-}" ] && { cp "$COMPARE_JAR" "$work/compare.jar"; compare="$work/compare.jar"; }
COMPARE_KILLS=${COMPARE_KILLS:-$KILLS}

file="$work/tracebacks.csv"
generator=$(sed -n "/<<'PY'/,/^PY\$/p" src/test/scripts/ingest-cost.sh | sed '1d;$d')
if [ -n "$generator" ]; then
  python3 -c "$generator" "$file" "$ROWS"
else
  awk -v rows="$ROWS" 'BEGIN {
    print "traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,notified_at_utc,responded_at_utc,response,customer,attestation"
    split("terminating intermediate intermediate gateway originating", role, " ")
    for (t = 0; t < rows / 5; t++) for (h = 1; h <= 5; h++)
      printf "TB-%d,2023-03-%02dT04:%02d:00Z,+1202555%04d,+1312555%04d,Campaign %d,47 USC 227(b),%d,Provider %d LLC,%s,2023-04-01T10:00:00Z,,no_response,,\n",
        t, 1 + t % 28, t % 60, t % 10000, (t * 7) % 10000, t % 20, h, (t * 31 + h) % 2000, role[h]
  }' > "$file"
fi
calls_in_file=$((ROWS / 5))

ms() { date +%s%3N; }
# The traced calls of case 1, as `cases` lists them (5th column).
case_calls() { "$JAVA" -jar "$1" --db "$2" cases 2>/dev/null | awk -F'\t' '$1 == 1 { print $5 }'; }
# The hops of case 1's calls, read with H2's own shell from the jar (the database is closed by then).
case_hops() {
  "$JAVA" -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$1/tracebench;FILE_LOCK=FS" -user sa -sql \
    "select count(*) from hop h join traced_call c on c.id = h.traced_call_id where c.case_id = 1" 2>/dev/null | sed -n 2p | tr -d ' '
}

template="$work/template"
"$JAVA" -jar "$jar" --db "$template" samples >/dev/null 2>&1 || { echo "samples failed"; exit 1; }
before=$(case_calls "$jar" "$template"); hops_before=$(case_hops "$template")

# One uncut import, timed to its report (printed once the transaction committed) and to its end (a backup on
# close follows the commit).
db="$work/uncut"; cp -r "$template" "$db"
t0=$(ms); "$JAVA" -jar "$jar" --db "$db" import "$file" --case 1 >"$work/uncut.out" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! grep -q '^Outcome:' "$work/uncut.out"; do sleep 0.2; done
t_commit=$(( $(ms) - t0 )); wait "$pid"; rc=$?; t_end=$(( $(ms) - t0 ))
after=$(case_calls "$jar" "$db"); rm -rf "$db"
if [ "$rc" != 0 ] || [ "$after" != $((before + calls_in_file)) ]; then
  echo "the uncut import failed (exit $rc, case 1 holds $after calls):"; cat "$work/uncut.out"; exit 1
fi
echo "case 1 before the import: $before calls, $hops_before hops"
echo "one uncut import of $ROWS rows ($calls_in_file calls): committed after $((t_commit / 1000))s, ended after" \
  "$((t_end / 1000))s; kills land in 1..$((t_commit / 1000))s; case 1 holds $before calls before, $after after"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }
open_with_older() {
  local c0 c1; c0=$(ms); "$JAVA" -jar "$compare" --db "$1" cases >/dev/null 2>&1; older_rc=$?; c1=$(ms)
  echo $((c1 - c0)) >>"$work/compare.ms"; rm -rf "$1"
}
opened=0; whole=0; absent=0; failed=0; : >"$work/open.ms"; : >"$work/compare.ms"; : >"$work/ratio"
for k in $(seq 1 "$KILLS"); do
  db="$work/db$k"; cp -r "$template" "$db"
  delay_ms=$(( 1000 + (RANDOM * 32768 + RANDOM) % (t_commit > 1000 ? t_commit - 1000 : 1) ))
  "$JAVA" -jar "$jar" --db "$db" import "$file" --case 1 >"$work/kill.out" 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  committed=no; grep -q '^Outcome:' "$work/kill.out" && committed=yes
  compare_note=""; comparing=no
  if [ -n "$compare" ] && [ "$k" -le "$COMPARE_KILLS" ]; then comparing=yes; cp -r "$db" "$db.compare"; fi
  # The older build opens first on odd kills and second on even ones, so a drift in the machine's load
  # does not favour either.
  [ $comparing = yes ] && [ $((k % 2)) = 1 ] && open_with_older "$db.compare"
  o0=$(ms); "$JAVA" -jar "$jar" --db "$db" cases >"$work/cases.out" 2>"$work/cases.err"; orc=$?; o1=$(ms)
  open_ms=$((o1 - o0)); echo "$open_ms" >>"$work/open.ms"
  [ $comparing = yes ] && [ $((k % 2)) = 0 ] && open_with_older "$db.compare"
  if [ $comparing = yes ]; then
    older_ms=$(tail -1 "$work/compare.ms")
    compare_note=" (older build on a copy: exit $older_rc in ${older_ms}ms)"
    awk -v a="$open_ms" -v b="$older_ms" 'BEGIN { printf "%.3f\n", a / b }' >>"$work/ratio"
  fi
  check=$("$JAVA" -jar "$jar" --db "$db" check 2>&1); crc=$?
  calls=$(awk -F'\t' '$1 == 1 { print $5 }' "$work/cases.out"); hops=$(case_hops "$db")
  outcome=failed
  if [ "$orc" = 0 ] && [ "$crc" = 0 ]; then
    opened=$((opened + 1))
    if [ "$calls" = "$before" ] && [ "$hops" = "$hops_before" ]; then outcome=absent
    elif [ "$calls" = $((before + calls_in_file)) ] && [ "$hops" = $((hops_before + ROWS)) ]; then outcome=whole; fi
  fi
  leftover=$(ls -A "$db" | grep -v -x -e backups -e tmp -e tracebench.mv.db -e tracebench.log | tr '\n' ' ')
  [ -n "$leftover" ] && outcome=failed
  case $outcome in whole) whole=$((whole + 1));; absent) absent=$((absent + 1));; *) failed=$((failed + 1));; esac
  echo "kill $k: SIGKILL ${delay_ms}ms into the import (report printed: $committed) -> open exit $orc in ${open_ms}ms$compare_note," \
    "check exit $crc, case 1 calls $calls, hops $hops: $outcome${leftover:+; left beside the database: $leftover}" \
    "$(head -1 "$work/cases.err" | cut -c1-80)"
  [ "$outcome" = failed ] && { echo "  cases: $(head -3 "$work/cases.err")"; echo "  check: $check"; }
  rm -rf "$db"
done
open_median=$(median <"$work/open.ms"); open_max=$(sort -n "$work/open.ms" | tail -1)
summary="summary: $KILLS kills, $opened opened, $whole whole, $absent absent, $failed failed;"
summary="$summary open time after a kill median $((open_median / 1000)).$(printf '%03d' $((open_median % 1000)))s, max $((open_max / 1000)).$(printf '%03d' $((open_max % 1000)))s"
if [ -s "$work/compare.ms" ]; then
  cmp_median=$(median <"$work/compare.ms")
  ratio=$(sort -n "$work/ratio" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
  summary="$summary; older build on the same $(wc -l <"$work/compare.ms") killed files: median $((cmp_median / 1000)).$(printf '%03d' $((cmp_median % 1000)))s, median ratio this/older $ratio"
fi
echo "$summary"
