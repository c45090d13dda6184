#!/usr/bin/env bash
# The Spark job on the same corpus articles as JSON Lines and as a CSV table (written here with Python's csv
# module, RFC 4180 quoting), both with --gdelt and one --date for the undated corpus articles; prints each run's
# --json summary, and whether the two GDELT outputs agree (events and mentions, but for ids and times).
# Usage: scripts/spark-tables-check.sh [LINES] [MASTER]   (default: 500 lines of ../shared/corpus/articles.jsonl)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-500}"
master="${2:-local[2]}"
corpus="${ENTENTE_SHARED:-$here/../shared}/corpus/articles.jsonl"
work="$(mktemp -d /tmp/entente-spark-tables.XXXXXX)"
trap 'rm -rf "$work"' EXIT
head -n "$lines" "$corpus" > "$work/articles.jsonl"
python3 - "$work/articles.jsonl" "$work/articles.csv" <<'PY'
import csv, json, sys
cols = ["id", "text", "html", "url", "date", "outlet", "title", "author", "lang"]
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    w = csv.writer(dst)
    w.writerow(cols)
    for line in src:
        o = json.loads(line)
        w.writerow(["" if o.get(c) is None else str(o[c]) for c in cols])
PY

"$here/entente" --version >/dev/null   # builds first if needed, outside the timings
for kind in jsonl csv; do
  echo "load before $kind: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  "$here/entente" spark --master "$master" --json --gdelt --date 2005-01-01 "$work/articles.$kind" "$work/out-$kind" \
    2>"$work/$kind.err" | sed "s/^/$kind: /"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# GDELT rows without GlobalEventID (column 1) and DATEADDED (60); mentions without the id and the two times
same=yes
cmp -s <(cut -f2-59,61 "$work/out-jsonl/gdelt/events.export.CSV" | sort) \
       <(cut -f2-59,61 "$work/out-csv/gdelt/events.export.CSV" | sort) || same=no
cmp -s <(cut -f4- "$work/out-jsonl/gdelt/events.mentions.CSV" | sort) \
       <(cut -f4- "$work/out-csv/gdelt/events.mentions.CSV" | sort) || same=no
echo "GDELT events and mentions of the two inputs equal (but for ids and times): $same"
echo "GDELT event rows: $(wc -l < "$work/out-jsonl/gdelt/events.export.CSV") / $(wc -l < "$work/out-csv/gdelt/events.export.CSV")"
