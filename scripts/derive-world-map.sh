#!/usr/bin/env bash
# Re-derives entente-web/src/main/resources/web/world.json (the dashboard's map). Needs node + npm (registry access).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 world-countries@5.1.0 >/dev/null \
  && mkdir atlas countries && tar xzf world-atlas-2.0.2.tgz -C atlas && tar xzf world-countries-5.1.0.tgz -C countries \
  && npm install --silent --no-audit --no-fund topojson-client@3.1.0 >/dev/null)
node "$root/scripts/derive-world-map.mjs" "$tmp/atlas/package" "$tmp/countries/package" \
  "$tmp/node_modules/topojson-client" "$root/entente-web/src/main/resources/web/world.json"
