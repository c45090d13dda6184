#!/usr/bin/env bash
# Derive entente-store/src/main/resources/gdelt/fips-countries.tsv (ISO 3166 alpha-3 -> FIPS 10-4 / GEC code) from the npm package
# country-code-info (public domain, The Unlicense; data gathered from statoids.com). GDELT's geo country fields are
# FIPS 10-4 codes, which differ from ISO alpha-2 for most countries (Russia RS, China CH, Germany GM).
# GEC is the standard that replaced FIPS 10-4 with the same codes. Where the source lists two codes for one ISO
# country (Palestine "GZ, WE", Serbia "RI, KV") the first is kept. The third column is the country's common
# English name, the first `country` row of entente-core/src/main/resources/actors/countries.tsv (derived from world-countries by
# scripts/derive-countries.sh), for GDELT's Geo_FullName. Usage: scripts/derive-fips.sh [VERSION]
set -euo pipefail
version="${1:-0.3.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "country-code-info@$version" >/dev/null && tar xzf country-code-info-*.tgz)
python3 - "$tmp/package/data/countries.json" "$here/entente-store/src/main/resources/gdelt/fips-countries.tsv" "$version" \
  "$here/entente-core/src/main/resources/actors/countries.tsv" <<'PY'
import json, sys
src, out, version, names_file = sys.argv[1:5]
names = {}
for line in open(names_file, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) > 2 and f[2] == "country" and len(f[1]) == 3 and not line.startswith("#"):
        names.setdefault(f[1], f[0].split("|")[0])
rows = []
for c in json.load(open(src, encoding="utf-8")):
    iso3, gec = c.get("a3", "").strip(), c.get("gec", "").strip()
    if len(iso3) != 3 or not gec:
        continue  # no FIPS code (e.g. Aland, US Minor Outlying Islands): GDELT rows leave the field empty too
    rows.append((iso3, gec.split(",")[0].strip(), names.get(iso3, "")))
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# iso3\tfips (FIPS 10-4 / GEC)\tname. From npm country-code-info@{version} (The Unlicense); names from"
            f" actors/countries.tsv. See NOTICE.\n")
    for iso3, fips, name in sorted(rows):
        f.write(f"{iso3}\t{fips}\t{name}\n")
print(f"{len(rows)} countries -> {out}", file=sys.stderr)
PY
