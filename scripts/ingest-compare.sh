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
  entente_in "$1" ingest --json --db "$work/db" "${args[@]}" "$corpus"
}
alternate_seconds
