#!/usr/bin/env bash
# API load test (issue 19): serves STORE on 127.0.0.1 and runs CLIENTS concurrent clients for SECONDS over the
# dashboard's endpoints; prints requests, errors and p50/p99 latency per endpoint. Usage:
#   scripts/api-load.sh STORE_DIR [CLIENTS] [SECONDS]      (default 50 clients, 30 s)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -q -o test-compile
java_bin=java
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
done
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$java_bin" -Xmx1g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp "entente-web/target/test-classes:entente-store/target/test-classes:entente-core/target/test-classes:$(cat target/runtime-classpath.txt)" \
  org.entente.web.ApiLoad "$@"
