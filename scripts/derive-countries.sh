#!/usr/bin/env bash
# Re-derives entente-core/src/main/resources/actors/{countries,cities}.tsv. The actor cities come from the gazetteer
# (entente-core/src/main/resources/geo/gazetteer.tsv.gz: run scripts/derive-gazetteer.sh first when its sources change).
# Needs node + npm (registry access) and a word list
# (Debian: apt-get install wamerican -> /usr/share/dict/words) to admit cities of 100,000-250,000 people whose names
# are not English words; set WORDS= (empty) to derive the older 250,000+ list.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-countries@5.1.0 >/dev/null && tar xzf world-countries-5.1.0.tgz)
node "$root/scripts/derive-countries.mjs" "$tmp/package" "$root/entente-core/src/main/resources/geo/gazetteer.tsv.gz" \
  "${CAMEO_TSV:-$root/../shared/eval/cameo_country_codes.tsv}" \
  "$root/entente-core/src/main/resources/actors" "${WORDS-/usr/share/dict/words}"
