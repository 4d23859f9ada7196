#!/usr/bin/env bash
# Measures the embedded stack on this machine: start-up time, memory (RSS of the launcher, Keycloak and every
# service JVM), the time to load the network's record, write-to-view latency against a raw Kafka baseline, and the
# progress-report submission rate against raw MongoDB and HTTP floors. Uses a scratch data directory and the
# default ports, and stops everything afterwards.
#   Usage: deploy/benchmarks/measure-embedded.sh [changes timed one at a time, default 200] [benchmark options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-200}
shift || true
data=$(mktemp -d /tmp/wps-measure.XXXXXX)
"$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests package

java ${WPS_LAUNCHER_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m} -jar "$root/deploy/launcher/target/wps-launcher.jar" --no-seed --data-dir="$data" > "$data/launcher.out" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT

until grep -q "Ready in" "$data/launcher.out"; do
  kill -0 $launcher 2>/dev/null || { cat "$data/launcher.out"; exit 1; }
  sleep 0.5
done
grep "Ready in" "$data/launcher.out"

rss() {
  local total=0 line
  echo "  RSS after $1:"
  for pid in $launcher $(pgrep -P $launcher); do
    line=$(ps -o rss=,args= -p "$pid" | awk '{ name=$NF; for (i=2;i<=NF;i++) if ($i ~ /\.jar$/) name=$i; if ($0 ~ /QuarkusEntryPoint/) name="keycloak"; sub(/.*\//, "", name); print $1, name }')
    printf "    %-26s %6d MiB\n" "${line#* }" $(( ${line%% *} / 1024 ))
    total=$(( total + ${line%% *} ))
  done
  printf "    %-26s %6d MiB\n" "total" $(( total / 1024 ))
}
rss "start-up"
echo "Loading the network's record through the APIs (the launcher does this on first start):"
java -jar "$root/deploy/seed-importer/target/wps-seed-importer-exec.jar" | grep -E "^Loading|^Loaded|meetings"
java -jar "$root/deploy/benchmarks/target/wps-benchmarks.jar" --count="$count" "$@"
rss "the benchmark"
