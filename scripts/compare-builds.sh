# Sourced by scripts/bench-compare.sh, scripts/ingest-compare.sh and scripts/recode-compare.sh: builds revisions rev_a and rev_b of this
# repository (from `git archive`, so the working tree is not touched) into "$work/a" and "$work/b", and chooses the
# Java they run on: ENTENTE_JAVA, else a Temurin 25 or 21 if present, else `java` ($java_bin), with the flag newer
# JDKs want for DuckDB's native access ($native), and each side's page flags ($(pages_of a|b)). Needs root, rev_a,
# rev_b and work set.
java_bin="${ENTENTE_JAVA:-}"
if [ -z "$java_bin" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
  done
fi
java_bin="${java_bin:-java}"
native=""
if "$java_bin" -version 2>&1 | grep -qE 'version "(2[2-9]|[3-9][0-9])'; then native="--enable-native-access=ALL-UNNAMED"; fi
for side in a b; do
  rev_var="rev_$side"; rev="${!rev_var}"
  mkdir -p "$work/$side"
  (cd "$root" && git archive "$rev") | tar -x -C "$work/$side"
  (cd "$work/$side" && ./mvnw -q -B -DskipTests compile >&2)
done

# The page flags one side's launcher passes: a build whose launcher asks the kernel for transparent huge pages (where
# the kernel offers them) runs with them here too, one whose launcher does not, without; so both builds run as
# `./entente` runs them.
thp_offered=""
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || true)" in
  *"[always]"*|*"[madvise]"*) thp_offered=1 ;;
esac
pages_of() {
  if [ -n "$thp_offered" ] && grep -q -- '-XX:+UseTransparentHugePages' "$work/$1/entente"; then
    echo "-XX:+UseTransparentHugePages"
  fi
}

# Runs the Main of one side's build (a or b) from the repository root with the given arguments, stderr dropped.
entente_in() {
  local side="$1"; shift
  (cd "$root" && "$java_bin" $(pages_of "$side") ${ENTENTE_JAVA_OPTS:--Xmx2g} $native -XX:+UseParallelGC -Dentente.home="$work/$side" \
    -cp "$work/$side/target/classes:$(cat "$work/$side/target/runtime-classpath.txt")" org.entente.app.Main "$@" \
    2>/dev/null)
}

# Calls the caller's `run a` and `run b` (each prints a JSON object with "seconds") alternately for $rounds rounds,
# so both builds see the same machine load; prints each round, then the medians with min/max and the ratio.
alternate_seconds() {
  local a=() b=() i ja jb sa sb
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
}
