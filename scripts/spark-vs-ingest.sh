#!/usr/bin/env bash
# Spark local[N] throughput beside ./entente ingest on the same articles, one after the other on this machine.
# Usage: scripts/spark-vs-ingest.sh [LINES] [MASTER]   (default: 2000 lines of ../shared/corpus/articles.jsonl, local[2])
# Prints the load average before each run and one JSON line per run (each command's own --json summary).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-2000}"
master="${2:-local[2]}"
corpus="${ENTENTE_SHARED:-$here/../shared}/corpus/articles.jsonl"
work="$(mktemp -d /tmp/entente-spark-vs-ingest.XXXXXX)"
trap 'rm -rf "$work"' EXIT
head -n "$lines" "$corpus" > "$work/articles.jsonl"

"$here/entente" --version >/dev/null   # builds first if needed, outside the timings
echo "load before ingest: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$here/entente" ingest --db "$work/db" --json "$work/articles.jsonl" 2>"$work/ingest.err" \
  | sed 's/^/ingest: /'
echo "load before spark: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$here/entente" spark --master "$master" --json "$work/articles.jsonl" "$work/out" 2>"$work/spark.err" \
  | sed 's/^/spark: /'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
