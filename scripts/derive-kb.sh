#!/usr/bin/env bash
# Rebuilds every derived people file under src/main/resources/actors/derived/ from ../shared/data/actor-sources/
# (one scripts/derive-kb-SOURCE.py per source) and prints each file's size: rows, people, countries, years.
# Needs python3 with PyYAML (Debian: python3-yaml) for the Congress files.
set -euo pipefail
cd "$(dirname "$0")"
for source in ifg congress wikidata-2021 cia-2019 phoenix; do
  python3 "derive-kb-$source.py"
done
