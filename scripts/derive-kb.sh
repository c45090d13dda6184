#!/usr/bin/env bash
# Rebuilds every derived people file under entente-core/src/main/resources/actors/derived/ from ../shared/data/actor-sources/
# (one scripts/derive-kb-SOURCE.py per source) and prints each file's size: rows, people, countries, years.
# Needs python3 with PyYAML (Debian: python3-yaml) for the Congress files.
set -euo pipefail
cd "$(dirname "$0")"
for source in ifg cia-2019 phoenix; do  # the sources kept (docs/actors.md); derive-kb-congress.py and
  # derive-kb-wikidata-2021.py write files that are measured but not loaded
  python3 "derive-kb-$source.py"
done
# all files together: rows, distinct name-country pairs, those the hand-written people.tsv lacks, countries
python3 - <<'PY'
import glob, os
res = os.path.join(os.path.dirname(os.path.abspath("derive-kb.sh")), "..", "entente-core", "src", "main", "resources", "actors")
def rows(path):
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#") and not line.startswith("name\t") and line.strip():
            yield line.rstrip("\n").split("\t")
hand = {(f[0].lower(), f[2]) for f in rows(os.path.join(res, "people.tsv"))}
n, people, countries = 0, set(), set()
for path in sorted(glob.glob(os.path.join(res, "derived", "*.tsv"))):
    for f in rows(path):
        n += 1
        people.add((f[0].lower(), f[2]))
        countries.add(f[2])
print(f"all derived files: {n} rows, {len(people)} name-country pairs ({len(people - hand)} not in people.tsv), "
      f"{len(countries)} countries")
PY
