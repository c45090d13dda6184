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
  entente_in "$1" recode --json --db "$work/db"
}
alternate_seconds
