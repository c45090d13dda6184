#!/usr/bin/env bash
# Before/after ingest speed: builds two revisions of Entente in temporary folders and runs the same
# `ingest --json --db FRESH_DIR CORPUS` with each, alternating (A, B, A, B, ...) so both see the same machine load;
# each run writes a fresh store (deleted afterwards). Prints each round, the medians with min/max and the ratio.
# Usage: scripts/ingest-compare.sh REV_A REV_B ROUNDS CORPUS [ingest options...]
#   e.g. scripts/ingest-compare.sh 734f1e9 HEAD 3 ../shared/corpus/articles.jsonl
# Java: ENTENTE_JAVA (default: the launcher's choice); heap: ENTENTE_JAVA_OPTS (default -Xmx2g, the launcher's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev_a="$1"; rev_b="$2"; rounds="$3"; corpus="$(cd "$root" && realpath "$4")"; shift 4
work="$(mktemp -d /tmp/entente-ingest-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/compare-builds.sh
. "$root/scripts/compare-builds.sh"
args=("$@")
run() {
  rm -rf "$work/db"
  (cd "$root" && "$java_bin" ${ENTENTE_JAVA_OPTS:--Xmx2g} $native -XX:+UseParallelGC -Dentente.home="$work/$1" \
    -cp "$work/$1/target/classes:$(cat "$work/$1/target/runtime-classpath.txt")" org.entente.app.Main ingest --json \
    --db "$work/db" "${args[@]}" "$corpus" 2>/dev/null)
}
a=(); b=()
for i in $(seq "$rounds"); do
  ja="$(run a)"; jb="$(run b)"
  sa="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$ja")"
  sb="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$jb")"
  a+=("$sa"); b+=("$sb")
  echo "round $i: $rev_a ${sa} s, $rev_b ${sb} s, load $(cut -d' ' -f1 /proc/loadavg)"
  echo "  $rev_a: $ja"
  echo "  $rev_b: $jb"
done
python3 - "$rev_a" "$rev_b" "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
ra, rb = [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()]
ma, mb = statistics.median(ra), statistics.median(rb)
print(f"{sys.argv[1]}: median {ma:.1f} s (min {min(ra):.1f}, max {max(ra):.1f})")
print(f"{sys.argv[2]}: median {mb:.1f} s (min {min(rb):.1f}, max {max(rb):.1f})")
print(f"ratio {sys.argv[2]}/{sys.argv[1]}: {mb/ma:.3f} (time; above 1 = slower)")
PY
