#!/usr/bin/env bash
# Fuzzing (issue 19): runs each Jazzer harness in fuzzing mode for SECONDS (default 60) and prints its last
# status line (executions, coverage) and whether it found a crash. Findings land in
# src/test/resources/<package>/<Class>Inputs/<method>/ and then run as regression inputs whenever the harness
# class runs. Harnesses are tagged "fuzz" and left out of `./mvnw verify`. Usage:
#   scripts/fuzz.sh [SECONDS]
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
secs="${1:-60}"
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); ${secs} s per harness"
for h in org.entente.fuzz.PipelineFuzzTest#readersNameEveryFailure \
         org.entente.fuzz.PipelineFuzzTest#textFrontEndSpansStayInTheText \
         org.entente.fuzz.PipelineFuzzTest#actorsAndCoderKeepSpansInTheText \
         org.entente.web.ParamsFuzzTest#anyQueryIsParsedOrRefusedWith400; do
  log="$(mktemp)"
  JAZZER_FUZZ=1 ./mvnw -B -o test -Dentente.excludedGroups=none -Dtest="$h" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${secs}s" > "$log" 2>&1
  rc=$?
  last=$(grep -aE "^fuzz executions" "$log" | tail -1)
  crash=$(grep -acE "FuzzTestFindingException" "$log")
  printf '%-70s exit %s  %s  findings %s\n' "$h" "$rc" "${last:-no status line}" "$crash"
  [ "$rc" = 0 ] || grep -aE 'Exception|Error|FAIL' "$log" | head -5 | sed 's/^/    /'
  rm -f "$log"
done
