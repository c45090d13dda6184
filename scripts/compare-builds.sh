# Sourced by scripts/bench-compare.sh and scripts/ingest-compare.sh: builds revisions rev_a and rev_b of this
# repository (from `git archive`, so the working tree is not touched) into "$work/a" and "$work/b", and chooses the
# Java they run on: ENTENTE_JAVA, else a Temurin 25 or 21 if present, else `java` ($java_bin), with the flag newer
# JDKs want for DuckDB's native access ($native). Needs root, rev_a, rev_b and work set.
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
