#!/bin/sh
# Retakes every picture of the user guide (docs/guide/images/*.png) from the current build, on a fresh
# database with the sample cases. JavaFX renders off-screen (Monocle), so no display is needed; run it from
# anywhere inside the project:   src/test/scripts/guide-screenshots.sh
set -e
cd "$(dirname "$0")/../../.."
images="$(pwd)/docs/guide/images"
mkdir -p "$images"
mvn -q ${MVN_OFFLINE--o} test -Dtest=GuideScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtracebench.guide.images="$images" -Dtestfx.setup.timeout=120000
echo "Guide pictures written to $images:"
ls -1 "$images"
