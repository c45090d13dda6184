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
# transparent huge pages where the kernel offers them, as the launcher asks (BENCH_PAGES=off: without)
pages=""
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || true)" in
  *"[always]"*|*"[madvise]"*) [ "${BENCH_PAGES:-on}" = off ] || pages="-XX:+UseTransparentHugePages" ;;
esac
exec "$java_bin" $pages -Xmx2g -XX:+UseParallelGC -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.pipeline.StageCpuBenchmark "$@"
