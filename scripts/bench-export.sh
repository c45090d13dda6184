#!/usr/bin/env bash
# Export time of two builds, each on its own store of the same articles: runs `entente export` for the gdelt and
# mentions formats alternately (before, after, before, ...) and prints the median and range of the wall time of
# each (the whole command as a user runs it: JVM start, store open, export). Usage:
#   scripts/bench-export.sh BEFORE_REPO BEFORE_STORE AFTER_REPO AFTER_STORE [RUNS=9]
# Each REPO is a built checkout (its ./entente launcher); make the stores with the same `entente ingest` input.
# AFTER_ARGS adds options to the after build's export (e.g. AFTER_ARGS="--modality all" to write every event, as
# builds before issue 16 did). MEASURE=cpu times the process CPU (user + sys, from /usr/bin/time) instead of the
# wall clock: steadier on a shared machine.
set -euo pipefail
before="$1"; before_db="$2"; after="$3"; after_db="$4"; runs="${5:-9}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
time_one() { # repo db format [args] -> seconds
  local s e
  if [ "${MEASURE:-wall}" = cpu ]; then
    /usr/bin/time -f "%U %S" -o "$out/cpu" "$1/entente" export --db "$2" --format "$3" ${4:-} "$out/x.tsv" 2>/dev/null
    awk '{print $1 + $2}' "$out/cpu"
    return
  fi
  s=$(date +%s.%N)
  "$1/entente" export --db "$2" --format "$3" ${4:-} "$out/x.tsv" 2>/dev/null
  e=$(date +%s.%N)
  echo "$e - $s" | bc
}
for fmt in gdelt mentions; do
  : > "$out/before.$fmt"; : > "$out/after.$fmt"
  time_one "$before" "$before_db" "$fmt" >/dev/null; time_one "$after" "$after_db" "$fmt" >/dev/null  # warm caches
  for i in $(seq "$runs"); do
    time_one "$before" "$before_db" "$fmt" >> "$out/before.$fmt"
    time_one "$after" "$after_db" "$fmt" "${AFTER_ARGS:-}" >> "$out/after.$fmt"
  done
done
python3 - "$out" "$runs" <<'PY'
import statistics, sys
out, runs = sys.argv[1], sys.argv[2]
print(f"format    build   median_s  min_s  max_s  (n={runs})")
for fmt in ("gdelt", "mentions"):
    med = {}
    for b in ("before", "after"):
        xs = [float(x) for x in open(f"{out}/{b}.{fmt}") if x.strip()]
        med[b] = statistics.median(xs)
        print(f"{fmt:9} {b:7} {med[b]:8.3f} {min(xs):6.3f} {max(xs):6.3f}")
    print(f"{fmt:9} ratio after/before of medians: {med['after'] / med['before']:.3f}")
PY
