#!/usr/bin/env bash
# Derives the compact NLP4J tagger + parser model (sparse weights, hashed features, shared lexicon values) from the
# nlp4j-english Maven artifact into the cache (~/.cache/entente, or $ENTENTE_CACHE, or FILE). The parser does the
# same on first use when the cache has no model; this script does it ahead of time (e.g. before a -Xmx1g run).
# Usage: scripts/derive-parser-model.sh [FILE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -q -o compile
exec java -Xmx2g -cp "target/classes:$(cat target/runtime-classpath.txt)" org.entente.text.parse.ModelCompactor "$@"
