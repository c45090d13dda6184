#!/usr/bin/env bash
# Times the first-run demo ingest (`./entente demo --ingest-only`: samples/ into a fresh temporary store, each run
# a new JVM, so model and dictionary loading is included). Prints every run, then the median and the spread.
# Usage: scripts/bench-demo.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./entente --version >/dev/null          # build first, so the build is not timed
times=()
for i in $(seq 1 "$runs"); do
  line="$(./entente demo --ingest-only 2>/dev/null | grep 'articles read')"
  echo "run $i: ${line#entente demo: }"
  times+=("$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$line")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
  { t[NR] = $1 }
  END {
    med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "demo ingest: median %.1f s, min %.1f s, max %.1f s over %d runs (%d cores, load average %s at the end)\n",
           med, t[1], t[NR], NR, cores, load
  }'
