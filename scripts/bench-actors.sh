#!/usr/bin/env bash
# Actor recognition throughput (one thread). Args are passed on: --corpus FILE --limit N --runs R.
# ENTENTE_JAVA_OPTS adds JVM options, e.g. -Dentente.kb.derived=cia-2019,phoenix to choose the derived knowledge-base files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests compile
java_bin=java
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do [ -x "$jdk/bin/java" ] && { java_bin="$jdk/bin/java"; break; }; done
exec "$java_bin" -Xmx2g ${ENTENTE_JAVA_OPTS:-} -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.actors.ActorBenchmark "$@"
