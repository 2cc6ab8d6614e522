#!/usr/bin/env bash
# What applying a case file's deletions costs (issue 14): a case of CALLS generated calls (2 hops each) goes from
# database A to database B, B undoes the import that brought the calls (CALLS deletions, each noted in
# deleted_record), and B's case file is imported back: that import deletes CALLS calls. Times that last
# `case-import` with the Tracebench of BASELINE (one row at a time) and with this checkout's (set-wise), in the
# same run, into H2 and, where TRACEBENCH_PG_URL names a server, into PostgreSQL. Each timed import starts from
# the same state (a fresh database that took A's file first). Prints wall and CPU seconds and the ratio.
#   src/test/scripts/case-deletions-cost.sh [CALLS]        (default: 10000)
# Needs Maven, git, python3 and a JDK 21+ as $JAVA (default: java); psql for the PostgreSQL rows.
set -euo pipefail
cd "$(dirname "$0")/../../.."
CALLS=${1:-10000}
BASELINE=${BASELINE:-f542871}
JAVA=${JAVA:-java}
work=$(mktemp -d); base_tree="$work/baseline-src"
cleanup() { git worktree remove --force "$base_tree" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${CURRENT_JAR:-}" ]; then
  cp "$CURRENT_JAR" "$work/current.jar"
else
  echo "Building this checkout..."
  mvn -q -B -o package -DskipTests >/dev/null
  cp target/tracebench.jar "$work/current.jar"
fi
cached="target/bench-baseline-$BASELINE.jar"
if [ ! -f "$cached" ]; then
  echo "Building the baseline ($BASELINE)..."
  git worktree add -q --detach "$base_tree" "$BASELINE"
  (cd "$base_tree" && mvn -q -B -o package -DskipTests >/dev/null)
  mkdir -p target
  cp "$base_tree/target/tracebench.jar" "$cached"
fi
cp "$cached" "$work/baseline.jar"

tb() { local db=$1; shift; "$JAVA" -Xmx1g -jar "$work/current.jar" --db "$db" "$@"; }

csv="$work/calls.csv"
python3 - "$csv" "$CALLS" <<'PY'
import random, sys
from datetime import datetime, timedelta, timezone
path, calls = sys.argv[1], int(sys.argv[2])
rnd = random.Random(7)
base = datetime(2021, 1, 1, tzinfo=timezone.utc)
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
with open(path, "w") as out:
    out.write("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,"
              "notified_at_utc,responded_at_utc,response,customer,attestation\n")
    for t in range(calls):
        call = base + timedelta(seconds=rnd.randrange(3 * 365 * 86400))
        caller, called = f"+1202555{rnd.randrange(10000):04d}", f"+1312555{rnd.randrange(10000):04d}"
        for h, role in ((1, "terminating"), (2, "originating")):
            notified = call + timedelta(seconds=86400 + h * 3600)
            response = "customer_identified" if h == 2 else "upstream_identified"
            out.write(f"DEL-{t},{iso(call)},{caller},{called},Deletion Bench,\"47 USC 227(b)\",{h},"
                      f"Provider {rnd.randrange(200)} LLC,{role},{iso(notified)},{iso(notified + timedelta(seconds=7200))},"
                      f"{response},{'Caller ' + str(rnd.randrange(50)) if h == 2 else ''},{'A' if h == 1 else ''}\n")
PY

echo "Preparing: $CALLS calls into A, A -> B, B undoes that import, B's file..."
A="$work/a"; B="$work/b"
tb "$A" samples >/dev/null
tb "$A" import "$csv" --case pz-illum-2021 >"$work/import.log"
tb "$A" case-export --case pz-illum-2021 --out "$work/to-b.tbcase" >/dev/null
tb "$B" case-import "$work/to-b.tbcase" >/dev/null
batch=$(tb "$B" imports --case pz-illum-2021 | grep -i "calls.csv" | head -1 | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
tb "$B" imports --undo "$batch" --force
tb "$B" case-export --case pz-illum-2021 --out "$work/back.tbcase"

# A fresh target database that took A's file first; prints its --db.
fresh() {
  local kind=$1 name=$2
  if [ "$kind" = H2 ]; then
    echo "$work/$name"
  else
    local schema="bench_del_$(date +%s%N | tail -c 9)$RANDOM"
    psql -q "$(pg_uri)" -c "CREATE SCHEMA $schema" >/dev/null
    echo "$schema" >>"$work/schemas"
    echo "$TRACEBENCH_PG_URL&currentSchema=$schema"
  fi
}
# psql's form of the JDBC URL (jdbc:postgresql://host:port/db?user=U&password=P).
pg_uri() {
  python3 - "$TRACEBENCH_PG_URL" <<'PY'
import sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1][len("jdbc:"):])
q = urllib.parse.parse_qs(u.query)
print(f"postgresql://{q['user'][0]}:{q['password'][0]}@{u.hostname}:{u.port or 5432}{u.path}")
PY
}
drop_schemas() {
  [ -f "$work/schemas" ] || return 0
  while read -r s; do psql -q "$(pg_uri)" -c "DROP SCHEMA $s CASCADE" >/dev/null 2>&1 || true; done <"$work/schemas"
}
trap 'drop_schemas; cleanup' EXIT

# Imports B's file with one jar into a prepared database; prints "wall cpu".
timed() {
  local jar=$1 db=$2 log=$3 start end cpu
  start=$(date +%s.%N)
  cpu=$( { TIMEFORMAT='%U %S'; time "$JAVA" -Xmx1g -jar "$work/$jar.jar" --db "$db" case-import "$work/back.tbcase" >"$log" 2>&1 ; } 2>&1 | tail -1 ) \
    || { echo "case-import with the $jar jar failed:" >&2; cat "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "import sys; u, s = map(float, sys.argv[2].split()); print(f'{float(sys.argv[1]):.1f} {u + s:.1f}')" \
    "$(echo "$end - $start" | bc)" "$cpu"
}

stores="H2"
[ -n "${TRACEBENCH_PG_URL:-}" ] && stores="H2 PostgreSQL"
for store in $stores; do
  for jar in baseline current; do
    db=$(fresh "$store" "$store-$jar")
    tb "$db" case-import "$work/to-b.tbcase" >/dev/null
    read -r wall cpu < <(timed "$jar" "$db" "$work/$store-$jar.log")
    deleted=$(grep -E "^ *calls:" "$work/$store-$jar.log" | head -1 | sed 's/^ *//' || true)
    left="calls left in the case: $(tb "$db" cases | grep "PZ/Illum" | head -1 | awk -F'\t' '{print $NF}')"
    printf '%s %-8s case-import of %s deletions: %6.1f s wall, %6.1f s CPU   [%s] [%s]\n' \
      "$store" "$jar" "$CALLS" "$wall" "$cpu" "$deleted" "$left"
    echo "$store $jar $wall $cpu" >>"$work/figures"
  done
done
python3 - "$work/figures" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
by = {(r[0], r[1]): (float(r[2]), float(r[3])) for r in rows}
for store in dict.fromkeys(r[0] for r in rows):
    b, c = by[(store, "baseline")], by[(store, "current")]
    print(f"{store}: set-wise / one row at a time = {c[0] / b[0]:.2f} wall, {c[1] / b[1]:.2f} CPU "
          f"({b[0]:.1f} -> {c[0]:.1f} s wall)")
PY
