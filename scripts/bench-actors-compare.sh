#!/usr/bin/env bash
# Actor recognition, this build against another revision's, in one JVM (see org.entente.actors.ActorComparison):
# checks both give the same mentions, then times them alternately. Usage: scripts/bench-actors-compare.sh REV
# [--corpus FILE] [--limit N] [--runs R] [--allow-different]   e.g. scripts/bench-actors-compare.sh main --limit 300 --runs 101
# The baseline is REV's entente-core/src/main/java/org/entente/actors compiled against this build (it reads the same
# dictionary files), so only the recogniser's code differs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rev="${1:?usage: scripts/bench-actors-compare.sh REV [--corpus FILE] [--limit N] [--runs R]}"
shift
./mvnw -q -B -DskipTests compile
java_bin=java
javac_bin=javac
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  [ -x "$jdk/bin/java" ] && { java_bin="$jdk/bin/java"; javac_bin="$jdk/bin/javac"; break; }
done
cp="target/classes:$(cat target/runtime-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git archive "$rev" entente-core/src/main/java/org/entente/actors | tar -x -C "$work"
"$javac_bin" --release 17 -nowarn -cp "$cp" -d "$work/classes" "$work"/entente-core/src/main/java/org/entente/actors/*.java
echo "baseline: $rev ($(git rev-parse --short "$rev")); current: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- entente-core/src/main/java/org/entente/actors || echo ' + uncommitted changes'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_bin" -Xmx2g -cp "$cp" org.entente.actors.ActorComparison --baseline "$work/classes" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
