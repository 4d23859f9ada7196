#!/usr/bin/env sh
# Refreshes the README's screenshots of the web portal: runs the browser tests (EmbeddedSystemIT launches the
# whole system with the record and demo data; needs Debian's chromium and chromium-driver) and copies a few of the
# pages they saved from deploy/launcher/target/screenshots to services/web-portal/docs/screenshots.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests install
"$root/mvnw" -q -B -f "$root/pom.xml" -pl deploy/launcher verify -Dit.test=EmbeddedSystemIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false
shots="$root/deploy/launcher/target/screenshots"
mkdir -p "$root/services/web-portal/docs/screenshots"
copy() { cp "$(ls "$shots"/*-"$1".png | head -1)" "$root/services/web-portal/docs/screenshots/$2.png"; }
copy focal.arg-en-report-form-with-error report-form-with-error
copy secretariat-en-report-changed report-changed
copy secretariat-fr-compare-table compare-fr
copy secretariat-en-dashboard dashboard
echo "Screenshots copied to services/web-portal/docs/screenshots/"
