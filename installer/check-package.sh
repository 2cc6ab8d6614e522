#!/usr/bin/env bash
# Checks a packaged Tracebench launcher from the outside, the way a user's shell would call it.
# Usage: installer/check-package.sh LAUNCHER [--all]
#   LAUNCHER  the installed bin/Tracebench (or the app image's), or any command that starts Tracebench
#   --all     also walk every batch feature (exports, letters, graphs, imports, backup, encryption, and
#             PostgreSQL when TRACEBENCH_PG_URL is set): a jlinked runtime lacking a module fails here, not
#             on a user's desk.
# Exit 0 when every step answered as expected; otherwise the first failing step is named.
set -euo pipefail

launcher="${1:?usage: check-package.sh LAUNCHER [--all]}"
all="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/db"

step() {
  local name="$1"
  shift
  if ! "$@" >"$work/out" 2>"$work/err"; then
    echo "FAILED: $name" >&2
    cat "$work/out" "$work/err" >&2
    exit 1
  fi
  # A module left out of the jlinked runtime often shows only as a logged class or service failure.
  if grep -qE "NoClassDefFoundError|ClassNotFoundException|ServiceConfigurationError|UnsatisfiedLinkError" "$work/err"; then
    echo "FAILED: $name (exit 0, but a class was missing):" >&2
    cat "$work/err" >&2
    exit 1
  fi
  echo "ok  $name"
}
expect() {
  grep -q -- "$1" "$work/out" || { echo "FAILED: expected '$1' in:" >&2; cat "$work/out" >&2; exit 1; }
}

# Batch runs must never reach for a display; an unset DISPLAY proves it.
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$work/data-home"

step "--version" "$launcher" --version
expect "^Tracebench [0-9]"
step "--help" "$launcher" --help
expect "Usage: tracebench"
step "samples" "$launcher" --db "$db" samples
expect "Loaded PZ/Illum"
step "cases" "$launcher" --db "$db" cases
expect "HK KwaiFong"
[ "$(wc -l <"$work/out")" -ge 6 ] || { echo "FAILED: cases listed fewer than the six sample cases" >&2; exit 1; }

# An installed or unpacked .deb keeps its desktop entry and MIME package beside the launcher (lib/); both must
# declare the case-transfer file, so a double-click on a .tbcase opens Tracebench. An app image has neither.
app_lib="$(dirname "$(readlink -f "$(command -v "$launcher")")")/../lib"
if [ -f "$app_lib/tracebench-Tracebench.desktop" ]; then
  grep -q '^MimeType=.*application/x-tracebench-case;' "$app_lib/tracebench-Tracebench.desktop" \
    || { echo "FAILED: the desktop entry does not declare application/x-tracebench-case" >&2; exit 1; }
  grep -qs 'type="application/x-tracebench-case"' "$app_lib"/*MimeInfo.xml \
    && grep -qs 'pattern="\*\.tbcase"' "$app_lib"/*MimeInfo.xml \
    || { echo "FAILED: no MIME package in $app_lib maps *.tbcase to application/x-tracebench-case" >&2; exit 1; }
  echo "ok  .tbcase association"
fi

[ "$all" = "--all" ] || exit 0

out="$work/files"
mkdir -p "$out"
step "export-xlsx" "$launcher" --db "$db" export-xlsx --case 1 --out "$out/a.xlsx"
step "letter pdf" "$launcher" --db "$db" letter --case 1 --template fcc-cease-and-desist --allow-illustrative --out "$out/l.pdf"
step "letter docx" "$launcher" --db "$db" letter --case 2 --template task-force-notice --allow-illustrative --out "$out/l.docx"
for ext in svg png graphml dot; do
  step "graph $ext" "$launcher" --db "$db" graph --case 1 --out "$out/g.$ext"
done
step "analyze" "$launcher" --db "$db" analyze --provider "KWK Communications, Inc." --csv "$out/d.csv"
step "import tsv" "$launcher" --db "$db" import --case 1 --on-duplicate skip "$root/sample-data/pz-illum-2021-attachment-a.tsv"
step "import xlsx" "$launcher" --db "$db" import --case 1 --on-duplicate skip "$out/a.xlsx"
step "imports" "$launcher" --db "$db" imports
step "campaigns" "$launcher" --db "$db" campaigns --proposals
step "check" "$launcher" --db "$db" check
step "backup" "$launcher" --db "$db" backup "$out/b.zip"
step "restore" "$launcher" --db "$db" restore "$out/b.zip"
step "samples --remove" "$launcher" --db "$db" samples --remove
TRACEBENCH_PASSPHRASE="correct horse battery" step "encrypt" "$launcher" --db "$work/enc" encrypt
TRACEBENCH_PASSPHRASE="correct horse battery" step "encrypted samples" "$launcher" --db "$work/enc" samples
for f in a.xlsx l.pdf l.docx g.svg g.png g.graphml g.dot d.csv b.zip; do
  [ -s "$out/$f" ] || { echo "FAILED: $f was not written" >&2; exit 1; }
done
if [ -n "${TRACEBENCH_PG_URL:-}" ]; then
  step "postgresql samples" "$launcher" --db "$TRACEBENCH_PG_URL" samples
  step "postgresql cases" "$launcher" --db "$TRACEBENCH_PG_URL" cases
  step "postgresql samples --remove" "$launcher" --db "$TRACEBENCH_PG_URL" samples --remove
fi
