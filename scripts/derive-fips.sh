#!/usr/bin/env bash
# Derive src/main/resources/gdelt/fips-countries.tsv (ISO 3166 alpha-3 -> FIPS 10-4 / GEC code) from the npm package
# country-code-info (public domain, The Unlicense; data gathered from statoids.com). GDELT's geo country fields are
# FIPS 10-4 codes, which differ from ISO alpha-2 for most countries (Russia RS, China CH, Germany GM).
# GEC is the standard that replaced FIPS 10-4 with the same codes. Where the source lists two codes for one ISO
# country (Palestine "GZ, WE", Serbia "RI, KV") the first is kept. Usage: scripts/derive-fips.sh [VERSION]
set -euo pipefail
version="${1:-0.3.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "country-code-info@$version" >/dev/null && tar xzf country-code-info-*.tgz)
python3 - "$tmp/package/data/countries.json" "$here/src/main/resources/gdelt/fips-countries.tsv" "$version" <<'PY'
import json, sys
src, out, version = sys.argv[1:4]
rows = []
for c in json.load(open(src, encoding="utf-8")):
    iso3, gec = c.get("a3", "").strip(), c.get("gec", "").strip()
    if len(iso3) != 3 or not gec:
        continue  # no FIPS code (e.g. Aland, US Minor Outlying Islands): GDELT rows leave the field empty too
    rows.append((iso3, gec.split(",")[0].strip()))
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# iso3\tfips (FIPS 10-4 / GEC). From npm country-code-info@{version} (The Unlicense). See NOTICE.\n")
    for iso3, fips in sorted(rows):
        f.write(f"{iso3}\t{fips}\n")
print(f"{len(rows)} countries -> {out}", file=sys.stderr)
PY
