#!/usr/bin/env bash
# Side-by-side: Entente end-to-end vs Stanford CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse) on the same articles.
# Usage: benchmarks/corenlp/run.sh [--corpus FILE] [--limit N] [--runs R] [--warmup N] [--threads T] [--no-store] [--json]
# Needs Maven Central once (stanford-corenlp + its ~480 MB models jar). Not part of the product build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./mvnw -q -B -DskipTests install >&2)
(cd "$root" && ./mvnw -q -B -f benchmarks/corenlp/pom.xml compile >&2)
java_bin="${ENTENTE_JAVA:-}"
if [ -z "$java_bin" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
  done
fi
java_bin="${java_bin:-java}"
exec "$java_bin" ${BENCH_JAVA_OPTS:--Xmx6g} -XX:+UseParallelGC -Dentente.home="$root" \
  -cp "$here/target/classes:$(cat "$here/target/runtime-classpath.txt")" \
  org.entente.bench.corenlp.SideBySide "$@"
