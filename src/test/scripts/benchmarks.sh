#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md and prints one table: each figure, its baseline measured in the
# same run, and the ratio (decision 0600). By default at reduced sizes that finish in under 15 minutes on a
# 2-core machine; --full runs the sizes the issues set (about an hour or more; the ingest-cost part alone
# imports a million rows three times).
#   src/test/scripts/benchmarks.sh [--full]
# Needs Maven, git, python3 and a JDK 21+ ($JAVA, else the newest under /usr/lib/jvm). Each benchmark's whole
# output is kept in target/benchmarks/<name>.log; the table is also written to target/benchmarks/table.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
full=no
[ "${1:-}" = --full ] && full=yes
if [ -z "${JAVA:-}" ]; then
  JAVA=$(ls -d /usr/lib/jvm/*-2[1-9]*/bin/java /usr/lib/jvm/*2[1-9]-*/bin/java 2>/dev/null | sort -V | tail -1)
  JAVA=${JAVA:-java}
fi
if [ "$full" = yes ]; then
  INGEST_ROWS=1000000; COST_ROWS=1000000; GRAPH="10000 50000"; SHEETS_ROWS=100000; SEARCH_CALLS=1000000
  SERVER_CALLS=1000000; SERVER_OPS=200
else
  INGEST_ROWS=50000; COST_ROWS=20000; GRAPH="3000 15000"; SHEETS_ROWS=30000; SEARCH_CALLS=100000
fi
# Server scale (issue 14, decision 0708) needs a PostgreSQL server; without one its rows are left out of the table.
SERVER_CALLS=${SERVER_CALLS:-100000}; SERVER_OPS=${SERVER_OPS:-100}
SERVER_URL=${TRACEBENCH_BENCH_PG_URL:-${TRACEBENCH_PG_URL:-}}
out=target/benchmarks
mkdir -p "$out"
started=$(date +%s)

echo "Building the jar, the test classes and the class path..."
mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat "$out/cp.txt")"

# Runs one benchmark main class with its heap cap and arguments, its output into a log.
bench() {
  local name=$1 heap=$2 class=$3; shift 3
  local t0=$(date +%s)
  echo "Running $name ($class $*)..."
  "$JAVA" "-Xmx$heap" -cp "$cp" "$class" "$@" >"$out/$name.log" 2>&1 \
    || { echo "$name failed; its output:" >&2; tail -20 "$out/$name.log" >&2; exit 1; }
  echo "  done in $(( $(date +%s) - t0 )) s"
}

bench letter 1g org.tracebench.letters.LetterBenchmark
bench sheets 256m org.tracebench.sheets.SheetsBenchmark "$SHEETS_ROWS"
# shellcheck disable=SC2086
bench graph 2g org.tracebench.ui.graph.GraphBenchmark $GRAPH
bench ingest 512m org.tracebench.ingest.IngestBenchmark "$INGEST_ROWS" "$(mktemp -d)"
bench search 1g org.tracebench.cases.SearchBenchmark "$SEARCH_CALLS"
if [ -n "$SERVER_URL" ]; then
  TRACEBENCH_BENCH_PG_URL="$SERVER_URL" bench server-scale 2g org.tracebench.cases.ServerScaleBenchmark "$SERVER_CALLS" --ops "$SERVER_OPS"
else
  echo "Skipping server-scale: set TRACEBENCH_BENCH_PG_URL (or TRACEBENCH_PG_URL) to a PostgreSQL JDBC URL"
  echo "skipped: no PostgreSQL server configured" >"$out/server-scale.log"
fi
echo "Running ingest-cost ($COST_ROWS rows)..."
t0=$(date +%s)
CURRENT_JAR=target/tracebench.jar JAVA="$JAVA" src/test/scripts/ingest-cost.sh "$COST_ROWS" 1 >"$out/ingest-cost.log" 2>&1 \
  || { echo "ingest-cost failed; its output:" >&2; tail -20 "$out/ingest-cost.log" >&2; exit 1; }
echo "  done in $(( $(date +%s) - t0 )) s"

minutes=$(( ($(date +%s) - started + 59) / 60 ))
python3 - "$out" "$full" "$minutes" "$INGEST_ROWS" "$COST_ROWS" "$GRAPH" "$SHEETS_ROWS" "$SEARCH_CALLS" "$SERVER_CALLS" <<'PY' | tee "$out/table.md"
import re, sys, datetime, platform, os
out, full, minutes, ingest_rows, cost_rows, graph, sheets_rows, search_calls, server_calls = sys.argv[1:]
providers, edges = graph.split()
log = {n: open(f"{out}/{n}.log", encoding="utf-8", errors="replace").read()
       for n in ["letter", "sheets", "graph", "ingest", "search", "ingest-cost", "server-scale"]}
rows = []

def num(text):
    return float(text.replace(",", ""))

def find(name, pattern):
    m = re.search(pattern, log[name], re.M)
    if not m:
        sys.exit(f"benchmarks.sh: no figure matching /{pattern}/ in {out}/{name}.log")
    return m

def row(bench, figure, value, base, ratio, goal, unit):
    rows.append((bench, figure, f"{value:,.1f} {unit}".strip(), f"{base:,.1f} {unit}".strip() if base is not None else "",
                 f"{ratio:.2f}", goal))

# Letters
l = num(find("letter", r"letter with Attachment A.*?: +(\d+) ms").group(1))
p = num(find("letter", r"plain PdfPTable, Helvetica.*?: +(\d+) ms").group(1))
row("LetterBenchmark, 10,000-row Attachment A", "letter PDF (median)", l, p, l / p,
    "<= 1.5 (baseline: plain OpenPDF table)", "ms")

# Sheets
pl = find("sheets", r"plain SXSSF \(no styles\): median ([\d.]+) s .*peak heap (\d+) MB")
ours = find("sheets", r"attachment writer: +median ([\d.]+) s .*peak heap (\d+) MB")
row(f"SheetsBenchmark, {int(sheets_rows):,} rows", "Attachment A workbook (median)", num(ours.group(1)),
    num(pl.group(1)), num(ours.group(1)) / num(pl.group(1)), "<= 1.3 (baseline: plain SXSSF)", "s")
row(f"SheetsBenchmark, {int(sheets_rows):,} rows", "peak heap in use, 256 MB cap", num(ours.group(2)),
    num(pl.group(2)), num(ours.group(2)) / num(pl.group(2)), "under 256 MB", "MB")

# Graph
g = f"GraphBenchmark, {int(providers):,} providers / {int(edges):,} links"
fo = find("graph", r"Tracebench ForceLayout.*?: +(\d+) ms, ([\d,]+) edge crossings")
fj = find("graph", r"JGraphT IndexedFRLayoutAlgorithm2D +: +(\d+) ms, ([\d,]+) edge crossings")
row(g, "force layout, 100 iterations", num(fo.group(1)), num(fj.group(1)), num(fo.group(1)) / num(fj.group(1)),
    "<= 1 (baseline: JGraphT FR)", "ms")
rows.append((g, "edge crossings of that layout", f"{num(fo.group(2)):,.0f}", f"{num(fj.group(2)):,.0f}",
             f"{num(fo.group(2)) / num(fj.group(2)):.2f}", "<= 1 (baseline: JGraphT FR)"))
def median(name, label):
    return num(find(name, re.escape(label) + r".*?median +([\d.]+) ms").group(1))
full_redraw = median("graph", "full redraw, whole graph in view")
for label in ["pan frame", "zoom frame"]:
    m = median("graph", label)
    row(g, f"{label} (median)", m, full_redraw, m / full_redraw, "< 33 ms (baseline: full redraw per frame)", "ms")
for where in ["whole network", "zoomed in x12"]:
    before = median("graph", f"drawn on the FX thread (before), {where}")
    after = median("graph", f"drawn in the background (after), {where}")
    row(g, f"FX thread blocked at gesture end, {where}", after, before, after / before,
        "(baseline: drawing on the FX thread)", "ms")

# Ingest
imp = find("ingest", r"Tracebench importer: .*? in ([\d.]+) s = ([\d,]+) rows/s \(process CPU ([\d.]+) s")
h2 = find("ingest", r"H2 CSVREAD baseline .*? in ([\d.]+) s = ([\d,]+) rows/s \(process CPU ([\d.]+) s")
ratio = find("ingest", r"Ratio \(importer / CSVREAD\): ([\d.]+) by wall clock, ([\d.]+) by CPU time")
b = f"IngestBenchmark, {int(ingest_rows):,} hop rows"
row(b, "importer rows/s (wall)", num(imp.group(2)), num(h2.group(2)), num(ratio.group(1)),
    ">= 0.5 (baseline: H2 CSVREAD)", "rows/s")
row(b, "importer CPU seconds (ratio: rate by CPU time)", num(imp.group(3)), num(h2.group(3)), num(ratio.group(2)),
    ">= 0.5 (baseline: H2 CSVREAD)", "s")

# Import batches and duplicates (issue 11)
c = f"ingest-cost.sh, {int(cost_rows):,} hop rows"
cur = find("ingest-cost", r"^\| import of \d+ rows, this checkout \| ([\d.]+) \| ([\d.]+) \| import before issue 11: ([\d.]+) s wall, ([\d.]+) s CPU")
again = find("ingest-cost", r"^\| re-import of the same rows \(all duplicates\) \| ([\d.]+) \| ([\d.]+) \|")
row(c, "import (wall)", num(cur.group(1)), num(cur.group(3)), num(cur.group(1)) / num(cur.group(3)),
    "<= 1.2 (baseline: before issue 11)", "s")
row(c, "import (CPU)", num(cur.group(2)), num(cur.group(4)), num(cur.group(2)) / num(cur.group(4)),
    "<= 1.2 (baseline: before issue 11)", "s")
row(c, "re-import, all duplicates (wall)", num(again.group(1)), num(cur.group(1)), num(again.group(1)) / num(cur.group(1)),
    "<= 1.0 (baseline: the import)", "s")
row(c, "re-import, all duplicates (CPU)", num(again.group(2)), num(cur.group(2)), num(again.group(2)) / num(cur.group(2)),
    "<= 1.0 (baseline: the import)", "s")

# Search
s = f"SearchBenchmark, {int(search_calls):,} traced calls"
like = num(find("search", r"^Baseline: LIKE '%digits%' scan of calls +([\d.]+)").group(1))
block = log["search"].split("median ms")[1].split("Baseline:")[0]
for line in block.strip().splitlines():
    m = re.match(r"^(.{40}) +([\d.]+) +([\d.]+)", line)
    if m:
        t = num(m.group(2))
        row(s, f"search: {m.group(1).strip()} (median)", t, like, t / like,
            "< 100 ms (baseline: LIKE '%digits%' scan)", "ms")

# Server scale: PostgreSQL with 10 users beside H2 with one (issue 14)
if not log["server-scale"].startswith("skipped:"):
    sv = f"ServerScaleBenchmark, {int(server_calls):,} traced calls"
    def server(store, kind):
        m = find("server-scale", r"^" + re.escape(store) + r" +" + kind + r" +\d+ +([\d.]+) +([\d.]+) ")
        return num(m.group(1)), num(m.group(2))
    pg_clients = find("server-scale", r"^(PostgreSQL, \d+ clients) +search").group(1)
    for kind, goal in [("search", "< 100 ms (baseline: H2, one client)"), ("case list", "(baseline: H2, one client)")]:
        pg, h2 = server(pg_clients, kind), server("H2, 1 client", kind)
        for i, stat in enumerate(["median", "p95"]):
            row(sv, f"{kind}, {pg_clients} ({stat})", pg[i], h2[i], pg[i] / h2[i], goal, "ms")

load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
print(f"Benchmarks, {'issue sizes (--full)' if full == 'yes' else 'reduced sizes'}, "
      f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, load average {load:.1f} at the end, {minutes} min")
print()
print("| Benchmark | Figure | Measured | Baseline (same run) | Ratio | Goal |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
