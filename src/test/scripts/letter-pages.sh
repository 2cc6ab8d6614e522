#!/bin/sh
# Retakes the page images of the six sample letters (docs/letters/*.png from the PDFs, docs/letters/docx/*.png
# from the DOCX files as LibreOffice lays them out) from target/tracebench.jar, on a fresh database with the
# sample cases. Needs java 21+, pdftoppm (poppler-utils) and soffice on the PATH. Build first:
#   mvn -q -o package -DskipTests && src/test/scripts/letter-pages.sh
set -e
cd "$(dirname "$0")/../../.."
root=$(pwd)
java=${JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -jar target/tracebench.jar --db "$work/db" samples >/dev/null
rm -f docs/letters/pz-illum-2021-*.png docs/letters/hk-kwaifong-2025-*.png docs/letters/w-warning-*.png \
    docs/letters/docx/*.png
for letter in pz-illum-2021:fcc-cease-and-desist hk-kwaifong-2025:task-force-notice \
    warning-kwk-2024:warning-letter warning-inbound-2024:warning-letter warning-aka-2024:warning-letter \
    warning-callvox-2024:warning-letter; do
  case=${letter%%:*}
  template=${letter#*:}
  name=$case
  case $case in warning-*) name=w-$case ;; esac
  # the sample letters rest on illustrative records: written anyway, as the docs' examples are
  "$java" -jar target/tracebench.jar --db "$work/db" letter --case "$case" --template "$template" \
      --out "$work/$name.pdf" --allow-illustrative >/dev/null
  "$java" -jar target/tracebench.jar --db "$work/db" letter --case "$case" --template "$template" \
      --out "$work/docx/$name.docx" --allow-illustrative >/dev/null
  pdftoppm -png -r 60 "$work/$name.pdf" "docs/letters/$name"
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
      --outdir "$work/docx" "$work/docx/$name.docx" >/dev/null 2>&1
  pdftoppm -png -r 60 "$work/docx/$name.pdf" "docs/letters/docx/$name"
done
echo "Page images written to $root/docs/letters and $root/docs/letters/docx:"
ls -1 docs/letters/*.png docs/letters/docx/*.png | wc -l
