#!/usr/bin/env bash
# Before/after cost of event resolution alone: builds two revisions of Entente in temporary folders and runs
# `recode --json` (re-resolves every stored article's mentions, no coding) on a fresh copy of the same store with
# each, alternating (A, B, A, B, ...) so both see the same machine load. Prints each round and the medians.
# Usage: scripts/recode-compare.sh REV_A REV_B ROUNDS STORE_DIR
#   e.g. scripts/recode-compare.sh eec6ecc HEAD 3 /tmp/pool-db   (STORE_DIR is only read: copies are recoded)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev_a="$1"; rev_b="$2"; rounds="$3"; store="$(realpath "$4")"
work="$(mktemp -d /tmp/entente-recode-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/compare-builds.sh
. "$root/scripts/compare-builds.sh"
run() {
  rm -rf "$work/db" && cp -r "$store" "$work/db"
  (cd "$root" && "$java_bin" ${ENTENTE_JAVA_OPTS:--Xmx2g} $native -XX:+UseParallelGC -Dentente.home="$work/$1" \
    -cp "$work/$1/target/classes:$(cat "$work/$1/target/runtime-classpath.txt")" org.entente.app.Main recode --json \
    --db "$work/db" 2>/dev/null)
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
