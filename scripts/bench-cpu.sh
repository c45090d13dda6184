#!/usr/bin/env bash
# CPU time per article of the analyse, actors and code stages (one thread, thread CPU time).
# Args are passed on: --corpus FILE [--limit N] [--runs R] [--warmup N]. ENTENTE_JAVA picks the JVM.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests compile
java_bin="${ENTENTE_JAVA:-java}"
if [ -z "${ENTENTE_JAVA:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do [ -x "$jdk/bin/java" ] && { java_bin="$jdk/bin/java"; break; }; done
fi
exec "$java_bin" -Xmx2g -XX:+UseParallelGC -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.pipeline.StageCpuBenchmark "$@"
