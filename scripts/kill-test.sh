#!/usr/bin/env bash
# Kill test (issue 19): an ingest of COUNT generated articles killed with SIGKILL at KILLS random points, rerun
# after each kill, then finished and compared table by table with one clean run. Usage:
#   scripts/kill-test.sh [COUNT] [KILLS] [SEED]      (default 400 20 19)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -q -o test-compile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_bin=java
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
done
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_bin" -Xmx512m --enable-native-access=ALL-UNNAMED -cp "target/classes:target/test-classes:$(cat target/runtime-classpath.txt)" \
  org.entente.store.KillAtRandomPoints "$work" "${1:-400}" "${2:-20}" "${3:-19}"
