#!/usr/bin/env bash
# Front-end throughput (issue 2): read+clean, HTML extraction, split+tokenize+POS+lemma, lemmatizer alone.
# Single thread; median of RUNS timed runs after one warm-up. Usage:
#   scripts/bench-frontend.sh [ARTICLES.jsonl] [HTML_FOLDER] [RUNS] [ARTICLES_TO_ANALYZE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jsonl="${1:-$here/../shared/corpus/articles.jsonl}"
html="${2:-$here/../shared/corpus/html}"
runs="${3:-5}"
limit="${4:-1000000}"
"$here/entente" --version >/dev/null   # builds target/classes when sources changed
java_bin="${ENTENTE_JAVA:-java}"
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -z "${ENTENTE_JAVA:-}" ] && [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
done
echo "# $("$java_bin" -version 2>&1 | head -1); $(nproc) cores; $(date -u +%FT%TZ)"
exec "$java_bin" -Xmx2g -XX:+UseParallelGC -cp "$here/target/classes:$(cat "$here/target/runtime-classpath.txt")" \
  org.entente.text.FrontEndBenchmark "$jsonl" "$html" "$runs" "$limit"
