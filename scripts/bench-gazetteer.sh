#!/usr/bin/env bash
# The gazetteer's size, load time (cold JVM) and retained heap, as one JSON line per run. Usage: scripts/bench-gazetteer.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -o -DskipTests compile
for _ in $(seq "${1:-3}"); do
  java -Xmx1g -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.geo.GazetteerStats
done
