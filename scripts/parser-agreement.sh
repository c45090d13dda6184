#!/usr/bin/env bash
# The compact dependency parser on our tokens/tags/lemmas against NLP4J's own pipeline on development-pool
# sentences (lines 1-3000 only): token overlap, head/label agreement, exactness of the compaction, speed.
# Usage: scripts/parser-agreement.sh [SENTENCES=400] [SEED=13]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -q -o compile
java_bin=java
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && java_bin=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# (the shipped models need ~2.5 GB: this is a measurement, not the product's footprint)
exec "$java_bin" -Xmx3g -cp "target/classes:$(cat target/runtime-classpath.txt)" \
  org.entente.text.parse.ParserAgreement "${ENTENTE_SHARED:-../shared}/corpus/articles.jsonl" "${1:-400}" 3000 "${2:-13}" 5
