#!/usr/bin/env bash
# Scores the actor recognizer on actor-test files (default: the dev and holdout sets in ../shared/eval).
# ENTENTE_JAVA_OPTS adds JVM options, e.g. -Dentente.kb.derived=cia-2019,phoenix to choose the derived knowledge-base files.
# --details lists the failures: use it on dev only, never on holdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests compile
if [ $# -eq 0 ]; then set -- ../shared/eval/dev/actor_tests.jsonl ../shared/eval/holdout/actor_tests.jsonl; fi
java_bin=java
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do [ -x "$jdk/bin/java" ] && { java_bin="$jdk/bin/java"; break; }; done
exec "$java_bin" -Xmx2g ${ENTENTE_JAVA_OPTS:-} -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.actors.ActorEval "$@"
