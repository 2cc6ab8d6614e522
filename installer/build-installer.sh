#!/usr/bin/env bash
# Builds a native installer (or app image) of Tracebench with the JDK's jpackage, on the OS it runs on:
# .deb on Debian/Ubuntu, .dmg on macOS, .msi on Windows (Git Bash; needs the WiX toolset).
# Usage: installer/build-installer.sh [app-image|deb|rpm|dmg|pkg|msi|exe]
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
jdk="${JAVA_HOME:-}"
if [ -z "$jdk" ] || ! "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  jdk=$(ls -d /usr/lib/jvm/*2[1-9]* 2>/dev/null | head -1 || true)
fi
[ -x "$jdk/bin/jpackage" ] || { echo "Set JAVA_HOME to a JDK 21 or newer (jpackage not found)" >&2; exit 1; }

mvn -B -q package -DskipTests
version=$(sed -n 's|.*<version>\([0-9][0-9.]*\).*</version>.*|\1|p' pom.xml | head -1)
rm -rf target/installer-input && mkdir -p target/installer-input
cp target/tracebench.jar target/installer-input/

"$jdk/bin/jpackage" \
  --type "$type" \
  --name Tracebench \
  --app-version "$version" \
  --vendor "Tracebench" \
  --description "Offline workbench for robocall enforcement casework" \
  --input target/installer-input \
  --main-jar tracebench.jar \
  --main-class org.tracebench.Launcher \
  --java-options "-Xmx2g" \
  --dest target/installer
echo "Built $(ls target/installer)"
