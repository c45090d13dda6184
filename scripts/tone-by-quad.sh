#!/usr/bin/env bash
# Mean tone per QuadClass over an Entente store (asserted, non-historical events): the table in BENCHMARKS.md.
# Usage: scripts/tone-by-quad.sh [STORE_DIR=entente-data]. Make the store with ./entente ingest first, e.g. the whole
# corpus: ./entente ingest --db /tmp/corpus-db ../shared/corpus/articles.jsonl
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/entente" --version >/dev/null 2>&1 || true   # builds when the sources changed
exec java -Xmx1g -cp "$root/target/classes:$(cat "$root/target/runtime-classpath.txt")" \
  org.entente.relations.ToneByQuad "${1:-entente-data}"
