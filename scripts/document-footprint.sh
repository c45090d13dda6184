#!/usr/bin/env bash
# Live heap a coded article (its document, actor mentions and events) keeps beyond the article itself, per article.
# Usage: scripts/document-footprint.sh [N] [CLASSES_DIR]
#   N: the first N articles of ../shared/corpus/articles.jsonl (default 1000; the development pool is lines 1-3000)
#   CLASSES_DIR: a build's target/classes (default this worktree's; its runtime-classpath.txt sits beside it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
classes="${2:-$root/target/classes}"
[ -d "$classes" ] || { (cd "$root" && ./mvnw -q -B -DskipTests compile >&2); }
cp_file="$(dirname "$classes")/runtime-classpath.txt"
sample="$(mktemp /tmp/entente-footprint.XXXXXX.jsonl)"
trap 'rm -f "$sample"' EXIT
head -n "$n" "$root/../shared/corpus/articles.jsonl" > "$sample"
java_bin="${ENTENTE_JAVA:-}"
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -z "$java_bin" ] && [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; fi
done
"${java_bin:-java}" -Xmx2g -XX:+UseParallelGC -Dentente.home="$root" -cp "$classes:$(cat "$cp_file")" \
  "$root/scripts/DocumentFootprint.java" "$sample"
