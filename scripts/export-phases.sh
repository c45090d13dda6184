#!/usr/bin/env bash
# Where an export's time goes, step by step, in two builds on their own stores of the same articles: each round
# runs scripts/ExportPhases.java once per build in a fresh JVM (alternating), then prints per step the median
# process CPU (all threads) and wall time in ms. Usage:
#   scripts/export-phases.sh BEFORE_REPO BEFORE_STORE AFTER_REPO AFTER_STORE [ROUNDS=7] [FORMAT=gdelt]
# Each REPO is a built checkout (target/classes and target/runtime-classpath.txt); a step a build lacks is blank.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="$1"; before_db="$2"; after="$3"; after_db="$4"; rounds="${5:-7}"; format="${6:-gdelt}"
java_bin="${ENTENTE_JAVA:-}"
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -z "$java_bin" ] && [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; fi
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
one() { # repo store -> one line of step=cpu/wall
  "${java_bin:-java}" -Xmx2g --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Dentente.home="$1" \
    -cp "$1/target/classes:$(cat "$1/target/runtime-classpath.txt")" "$root/scripts/ExportPhases.java" "$2" "$format" 3 \
    2>/dev/null | tail -1
}
for i in $(seq "$rounds"); do
  one "$before" "$before_db" >> "$out/before"
  one "$after" "$after_db" >> "$out/after"
done
python3 - "$out" "$rounds" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import statistics, sys
out, rounds, load = sys.argv[1], sys.argv[2], sys.argv[3]
rows = {}
for b in ("before", "after"):
    for line in open(f"{out}/{b}"):
        for item in line.split():
            name, v = item.split("=")
            cpu, wall = (float(x) for x in v.split("/"))
            rows.setdefault(name, {}).setdefault(b, []).append((cpu, wall))
print(f"step      before cpu/wall ms (median)   after cpu/wall ms (median)   (n={rounds}, load at end {load})")
for name, by in rows.items():
    cells = []
    for b in ("before", "after"):
        xs = by.get(b)
        cells.append("" if not xs else f"{statistics.median(c for c, _ in xs):7.1f} / {statistics.median(w for _, w in xs):7.1f}")
    print(f"{name:9} {cells[0]:>29}   {cells[1]:>26}")
PY
