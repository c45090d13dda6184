#!/usr/bin/env bash
# JMH benchmarks of the hot stages. Arguments go to JMH, e.g.:
#   benchmarks/jmh/run.sh -f 1 -wi 3 -i 5 -w 2s -r 3s          (all)
#   benchmarks/jmh/run.sh -f 1 -wi 3 -i 5 AnalyseBench          (one class)
# Corpus: -Dbench.corpus=FILE via BENCH_JAVA_OPTS (default ../shared/corpus/articles.jsonl, else samples/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./mvnw -q -B -DskipTests install >&2)
(cd "$root" && ./mvnw -q -B -f benchmarks/jmh/pom.xml compile >&2)
java_bin="${ENTENTE_JAVA:-}"
if [ -z "$java_bin" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
  done
fi
java_bin="${java_bin:-java}"
cp="$here/target/classes:$(cat "$here/target/runtime-classpath.txt")"
# JMH forks its measurement JVMs with the same java and classpath; the corpus path is passed on via -jvmArgsAppend.
exec "$java_bin" -cp "$cp" org.openjdk.jmh.Main \
  -jvmArgsAppend "-Xmx1g -XX:+UseParallelGC -Dentente.home=$root -Dbench.corpus=${BENCH_CORPUS:-$root/../shared/corpus/articles.jsonl}" "$@"
