#!/usr/bin/env sh
# Builds the WPS Commitment Tracker and runs the whole system on the embedded default: a Kafka broker,
# a MongoDB-wire server and every service, with all data under ./wps-data (or --data-dir=PATH).
# Needs only a JDK 17+. Options are passed to the launcher; try --help. Ctrl-C stops everything.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
echo "Building (the first build downloads dependencies and takes a few minutes)..."
"$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests package
exec java ${WPS_LAUNCHER_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m} -jar "$root/deploy/launcher/target/wps-launcher.jar" "$@"
