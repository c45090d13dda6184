#!/usr/bin/env bash
# Kill test (issue 19): KILLS SIGKILLs at random points: KILLS - EXPORT_KILLS during an ingest of COUNT generated
# articles (rerun after each kill, then finished and compared table by table with one clean run), EXPORT_KILLS
# during exports of the finished store (gdelt, mentions, jsonl, parquet: store unchanged, OUT absent or complete,
# rerun identical to a clean export). Prints every kill point and the verdicts; exit 1 on any difference. Usage:
#   scripts/kill-test.sh [COUNT] [KILLS] [SEED] [EXPORT_KILLS]      (default 400 20 19 5)
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
  org.entente.store.KillAtRandomPoints "$work" "${1:-400}" "${2:-20}" "${3:-19}" "${4:-5}"
