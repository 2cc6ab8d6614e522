#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (bookworm) root the way a user does (`apt-get install ./x.deb`, its
# dependencies fetched from the Debian mirror), then checks the installed package from inside that root:
# batch mode through the command on the PATH, the desktop entry, icons and MIME type where desktops look, and
# the window started by the desktop entry's Exec line under a virtual display.
#
# Usage (as root): installer/check-clean-root.sh DEB [--all] [--screenshot FILE.png] [--no-window]
#   --all         batch mode with every feature (check-package.sh --all; PostgreSQL too when TRACEBENCH_PG_URL
#                 is set, reached from inside the root through the shared network)
#   --screenshot  also keep the screenshot of the window at FILE.png
#   --no-window   leave out the window check (needs Xvfb, xdotool and ImageMagick on this machine)
# Environment: TRACEBENCH_CI_CACHE (default /var/cache/tracebench-ci) keeps the pristine root and the
# downloaded packages between runs; DEBIAN_MIRROR (default http://deb.debian.org/debian).
# Exit 0 when every check passed; otherwise a line starting with "CLEAN ROOT CHECK FAILED" says which.
set -euo pipefail

deb="${1:?usage: check-clean-root.sh DEB [--screenshot FILE.png] [--no-window]}"
shift
shot_out=""
window=yes
all=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) shot_out="${2:?--screenshot needs a file}"; shift 2 ;;
    --no-window) window=no; shift ;;
    --all) all=--all; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")" && pwd)"
cache="${TRACEBENCH_CI_CACHE:-/var/cache/tracebench-ci}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
pristine="$cache/bookworm-root"
# A pristine root older than this is rebuilt, so the base does not drift far from the archive.
max_age_days=14
entry=/usr/share/applications/tracebench-Tracebench.desktop
mime=application/x-tracebench-case

fail() {
  echo "CLEAN ROOT CHECK FAILED: $*" >&2
  exit 1
}
t0=$SECONDS
say() { echo "[clean-root $((SECONDS - t0))s] $*"; }

[ "$(id -u)" = 0 ] || fail "must run as root (debootstrap and chroot)"
[ -f "$deb" ] || fail "no package at $deb"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
if [ "$window" = yes ]; then
  for tool in Xvfb xdotool import identify compare; do
    command -v "$tool" >/dev/null || fail "$tool is missing for the window check (xvfb, xdotool, imagemagick)"
  done
fi

# The pristine root: made once by debootstrap, then copied for each run so every run starts clean. It is built
# beside its final place and renamed when complete, so an interrupted run never leaves half a root in the cache.
mkdir -p "$cache/apt-archives/partial"
if [ -d "$pristine" ] && [ -z "$(find "$pristine" -maxdepth 0 -mtime +"$max_age_days")" ]; then
  say "pristine root from the cache ($pristine)"
else
  say "making a pristine Debian 12 root with debootstrap from $mirror"
  rm -rf "$cache/bookworm-root.partial" "$pristine"
  debootstrap --variant=minbase bookworm "$cache/bookworm-root.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 \
    || { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap could not make the root (log: $cache/debootstrap.log)"; }
  # The suites a user's Debian 12 has enabled beside the release itself.
  mirror_host="${mirror%/debian}"
  cat >"$cache/bookworm-root.partial/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $mirror_host/debian-security bookworm-security main
EOF
  mv "$cache/bookworm-root.partial" "$pristine"
fi

root=$(mktemp -d /var/tmp/tracebench-root.XXXXXX)
xvfb_pid=""
app_pid=""
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  # Whatever still runs inside the scratch root was started by this script; it must stop before the unmount.
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
  done
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  awk -v r="$root" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  # Never delete while something is still mounted inside (a bound /dev would lose the host's files).
  if awk -v r="$root" 'index($2, r "/") == 1 {found=1} END {exit !found}' /proc/mounts; then
    echo "left $root in place: something is still mounted inside it" >&2
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

say "copying the pristine root to $root"
cp -a "$pristine/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# debootstrap writes no /etc/hosts (the Debian installer does); without it "localhost" does not resolve.
[ -f "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
# No service starts inside a chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# Downloaded packages are kept across runs; apt still checks each one against the archive's signed lists.
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
cp "$deb" "$root/tmp/"
# check-package.sh finds the sample files beside its own folder, as in the clone.
mkdir -p "$root/tmp/check/installer"
cp "$here/check-package.sh" "$root/tmp/check/installer/"
cp -r "$here/../sample-data" "$root/tmp/check/"

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}
apt_opts=(-q -o APT::Sandbox::User=root)

say "apt-get update"
in_root apt-get "${apt_opts[@]}" update >"$root/tmp/apt-update.log" 2>&1 \
  || { tail -n 20 "$root/tmp/apt-update.log" >&2; fail "apt-get update in the clean root failed (mirror $mirror)"; }
# No recommended packages: what the .deb declares as Depends alone must be enough for the window to open.
say "apt-get install ./$(basename "$deb") (its dependencies from the mirror)"
if ! in_root apt-get "${apt_opts[@]}" install -y --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$root/tmp/apt-install.log" 2>&1; then
  tail -n 30 "$root/tmp/apt-install.log" >&2
  fail "apt-get install of $(basename "$deb") into a clean Debian 12 root failed"
fi
say "installed: $(grep -c '^Setting up' "$root/tmp/apt-install.log") packages set up, $(du -sm "$root/opt/tracebench" | cut -f1) MB in /opt/tracebench"

# Batch mode, through the command a terminal finds.
[ "$(in_root sh -c 'command -v tracebench')" = /usr/bin/tracebench ] || fail "tracebench is not on the PATH as /usr/bin/tracebench"
in_root TRACEBENCH_PG_URL="${TRACEBENCH_PG_URL:-}" /bin/bash /tmp/check/installer/check-package.sh tracebench $all \
  || fail "batch mode of the installed tracebench (see the step above)"

# The desktop entry, its icon and the case file's MIME type, where desktops look for them.
[ -f "$root$entry" ] || fail "no desktop entry at $entry"
grep -q '^Categories=.*Office' "$root$entry" || fail "the desktop entry is not in the Office category"
grep -q '^Icon=tracebench$' "$root$entry" || fail "the desktop entry does not name the icon 'tracebench'"
for size in 16 32 48 64 128 256; do
  [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/tracebench.png" ] || fail "no ${size}px icon in the hicolor theme"
done
grep -q "^MimeType=.*$mime;" "$root$entry" || fail "the desktop entry does not declare $mime"
grep -rqs "$mime" "$root/usr/share/mime/packages/" || fail "no MIME package under /usr/share/mime/packages declares $mime"
grep -qs ":$mime:\*\.tbcase" "$root/usr/share/mime/globs2" \
  || fail "the MIME database does not map *.tbcase to $mime (update-mime-database not run?)"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root$entry" || fail "desktop-file-validate rejects $entry"
  say "desktop-file-validate: no complaint"
else
  say "desktop-file-validate not installed here: entry checked by the lines above only"
fi
say "desktop entry, icons and MIME type in place"

# Removal takes back what the install scripts added outside /opt (the command, the entry, icons, MIME type).
check_removal() {
  in_root apt-get "${apt_opts[@]}" remove -y tracebench >"$root/tmp/apt-remove.log" 2>&1 \
    || { tail -n 20 "$root/tmp/apt-remove.log" >&2; fail "apt-get remove tracebench failed"; }
  local left
  left=$(cd "$root" && ls -d usr/bin/tracebench ".$entry" usr/share/icons/hicolor/*/apps/tracebench.png \
    usr/share/mime/packages/tracebench-Tracebench-MimeInfo.xml opt/tracebench/bin 2>/dev/null || true)
  [ -z "$left" ] || fail "apt-get remove left behind: $left"
  say "apt-get remove took back the command, entry, icons and MIME type"
}

if [ "$window" = no ]; then
  say "window check left out (--no-window)"
  check_removal
  exit 0
fi

# The window, started the way a desktop starts it: the Exec line of the installed entry with its field codes
# (%f %F %u %U ...) dropped, as a launcher does when no file is given. The display is this machine's Xvfb, its
# socket bound into the root.
exec_line=$(sed -n 's/^Exec=//p' "$root$entry" | head -n 1)
[ -n "$exec_line" ] || fail "the desktop entry has no Exec line"
command_line=$(printf '%s\n' "$exec_line" | sed -E 's/(^| )%[fFuUick]( |$)/ /g; s/ +$//')
# The display: a fresh Xvfb on the first free display number (-displayfd). Its log is kept, and the display must
# answer from the host (xdotool) before the app starts: a CI run once saw the app refuse the display Xvfb had just
# reported ("cannot open display :0"), with nothing to tell why. start_display leaves display and xvfb_pid set.
xvfb_log="$root/tmp/xvfb.log"
start_display() {
  local displayfd
  displayfd=$(mktemp)
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$displayfd" >"$xvfb_log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$displayfd" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$xvfb_log" >&2; fail "Xvfb did not start"; }
    sleep 0.1
  done
  display=":$(tr -d '\n' <"$displayfd")"
  rm -f "$displayfd"
  [ "$display" != ":" ] || { cat "$xvfb_log" >&2; fail "Xvfb did not report its display"; }
  for _ in $(seq 1 100); do
    DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$xvfb_log" >&2
  fail "Xvfb reported display $display but it does not answer"
}
start_display
# The sample cases are loaded into the user's own database first (batch mode, as File > Load sample cases
# would), so the window opens on a listed set of cases instead of loading them in the background.
in_root tracebench samples >"$root/tmp/samples.log" 2>&1 \
  || { cat "$root/tmp/samples.log" >&2; fail "tracebench samples into the default database failed"; }
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
say "starting '$command_line' on Xvfb $display"
start_app() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin DISPLAY="$display" \
    /bin/sh -c "exec $command_line" >"$root/tmp/window.log" 2>&1 &
  app_pid=$!
}
start_app
# What the app saw of the display, when it leaves early: the socket inside the root and Xvfb's own log.
display_report() {
  echo "--- X socket inside the root and on the host:" >&2
  ls -la "$root/tmp/.X11-unix" /tmp/.X11-unix >&2 2>&1 || true
  if kill -0 "$xvfb_pid" 2>/dev/null; then echo "--- Xvfb (pid $xvfb_pid) still runs" >&2; else echo "--- Xvfb has exited" >&2; fi
  echo "--- Xvfb log:" >&2
  cat "$xvfb_log" >&2 || true
}
display_retried=no

# Bounded polls, not fixed sleeps: first the window is mapped, then its scene has been painted (more than a
# handful of colours on the screen: an empty X screen or a blank window has one or two).
window_id=""
for _ in $(seq 1 300); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$root/tmp/window.log" >&2
    display_report
    # A display that went away under the app is this machine's, not the package's: one fresh display, once.
    if [ "$display_retried" = no ] && grep -qiE "cannot open display|unable to open display" "$root/tmp/window.log"; then
      display_retried=yes
      say "the app could not open display $display: starting a fresh Xvfb and the app again (once)"
      kill "$xvfb_pid" 2>/dev/null || true
      start_display
      start_app
      continue
    fi
    fail "the app exited before its window opened"
  fi
  window_id=$(DISPLAY="$display" xdotool search --onlyvisible --name '^Tracebench' 2>/dev/null | head -n 1 || true)
  [ -n "$window_id" ] && break
  sleep 1
done
[ -n "$window_id" ] || { cat "$root/tmp/window.log" >&2; fail "no Tracebench window was mapped within 300 s"; }
say "window $window_id mapped: $(DISPLAY="$display" xdotool getwindowname "$window_id")"
shot="$root/tmp/window.png"
next="$root/tmp/window-next.png"
changed=""
colours=0
for _ in $(seq 1 120); do
  import -display "$display" -window root "$shot" 2>/dev/null || true
  colours=$(identify -format '%k' "$shot" 2>/dev/null || echo 0)
  [ "$colours" -gt 200 ] && break
  sleep 1
done
[ "$colours" -gt 200 ] || fail "the window stayed blank ($colours colours on the screen after 120 s)"
say "window painted: $colours colours on the screen"
# For the picture only: wait (bounded) until the screen settles, two screenshots a second apart differing in
# fewer pixels than a blinking text caret has.
for _ in $(seq 1 60); do
  sleep 1
  import -display "$display" -window root "$next" 2>/dev/null || continue
  changed=$(compare -metric AE "$shot" "$next" null: 2>&1 || true)
  mv "$next" "$shot"
  [[ "$changed" =~ ^[0-9]+$ ]] && [ "$changed" -lt 100 ] && break
done
[[ "$changed" =~ ^[0-9]+$ ]] && [ "$changed" -lt 100 ] || say "the screen was still changing after 60 s (picture taken anyway)"
say "screenshot: $(identify -format '%k' "$shot") colours"
if [ -n "$shot_out" ]; then
  mkdir -p "$(dirname "$shot_out")"
  cp "$shot" "$shot_out"
  say "screenshot kept at $shot_out"
fi
# JavaFX tries its OpenGL pipeline first and falls back to software rendering when libGL is missing, as in this
# root without a desktop (a desktop has Mesa): that one failure is expected; any other missing class or library
# is not.
if grep -E "NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError|Exception in thread" "$root/tmp/window.log" \
    | grep -qv "prism_es2"; then
  cat "$root/tmp/window.log" >&2
  fail "the window opened but the app logged an error"
fi
if grep -q "prism_es2" "$root/tmp/window.log"; then
  say "rendering: software pipeline (no OpenGL libraries in the clean root)"
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
check_removal
say "clean-root check passed"
