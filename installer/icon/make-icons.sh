#!/usr/bin/env bash
# Renders tracebench.svg into the icon files the packages use, once, by hand; the results are committed so
# a package build needs neither ImageMagick nor a network. Run again after changing the SVG.
#   tracebench-N.png  N = 16 32 48 64 128 256 (Linux desktops; the .deb installs each into the hicolor theme)
#   tracebench.ico    16, 32, 48, 256 (Windows installer and launcher)
#   tracebench.icns   128, 256, 512 as PNG entries (macOS .dmg)
# Needs ImageMagick (`convert`).
set -euo pipefail
cd "$(dirname "$0")"

render() { convert -background none -density 768 tracebench.svg -resize "$1x$1" -strip "PNG32:$2"; }

for size in 16 32 48 64 128 256; do
  render "$size" "tracebench-$size.png"
done
convert tracebench-16.png tracebench-32.png tracebench-48.png tracebench-256.png tracebench.ico

# ICNS: the magic "icns" and the file length, then per image a four-letter type, its length (8 + data) and
# the PNG itself; all lengths big-endian. ImageMagick 6 cannot write it, and it is this simple.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render 512 "$tmp/512.png"
be32() { printf '%08x' "$1" | sed 's/../\\x&/g' | xargs -0 printf; }
: >"$tmp/body"
for entry in ic07:tracebench-128.png ic08:tracebench-256.png "ic09:$tmp/512.png"; do
  type=${entry%%:*} file=${entry#*:}
  { printf '%s' "$type"; be32 $(( $(stat -c %s "$file") + 8 )); cat "$file"; } >>"$tmp/body"
done
{ printf 'icns'; be32 $(( $(stat -c %s "$tmp/body") + 8 )); cat "$tmp/body"; } >tracebench.icns
ls -l tracebench-*.png tracebench.ico tracebench.icns
