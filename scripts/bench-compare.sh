#!/usr/bin/env bash
# Before/after: builds two revisions of Entente in temporary folders and runs `bench --json` on each, alternating
# (A, B, A, B, ...) so both see the same machine load; prints each run and the medians.
# Usage: scripts/bench-compare.sh REV_A REV_B ROUNDS [bench options...]
#   e.g. scripts/bench-compare.sh HEAD~1 HEAD 5 --corpus ../shared/corpus/articles.jsonl --limit 600 --warmup 100
# Java: ENTENTE_JAVA (default: the launcher's choice); heap: ENTENTE_JAVA_OPTS (default -Xmx1g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev_a="$1"; rev_b="$2"; rounds="$3"; shift 3
work="$(mktemp -d /tmp/entente-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=scripts/compare-builds.sh
. "$root/scripts/compare-builds.sh"
args=("$@")
# relative corpus paths are taken from the repository root
run() {
  (cd "$root" && "$java_bin" $(pages_of "$1") ${ENTENTE_JAVA_OPTS:--Xmx1g} $native -XX:+UseParallelGC -Dentente.home="$work/$1" \
    -cp "$work/$1/target/classes:$(cat "$work/$1/target/runtime-classpath.txt")" org.entente.app.Main bench --json "${args[@]}" 2>/dev/null)
}
a=(); b=()
for i in $(seq "$rounds"); do
  ja="$(run a)"; jb="$(run b)"
  ra="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["articles_per_second"])' "$ja")"
  rb="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["articles_per_second"])' "$jb")"
  a+=("$ra"); b+=("$rb")
  echo "round $i: $rev_a $ra articles/s, $rev_b $rb articles/s, load $(cut -d' ' -f1 /proc/loadavg)"
done
python3 - "$rev_a" "$rev_b" "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
ra, rb = [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()]
ma, mb = statistics.median(ra), statistics.median(rb)
print(f"{sys.argv[1]}: median {ma:.1f} articles/s (min {min(ra):.1f}, max {max(ra):.1f})")
print(f"{sys.argv[2]}: median {mb:.1f} articles/s (min {min(rb):.1f}, max {max(rb):.1f})")
print(f"ratio {sys.argv[2]}/{sys.argv[1]}: {mb/ma:.2f}x")
PY
