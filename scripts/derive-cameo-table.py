#!/usr/bin/env python3
"""Derive entente-core/src/main/resources/events/cameo.tsv from the shared CAMEO code table.

Input:  ../shared/eval/cameo_codes.tsv (facts from GDELT's published CAMEO lookups and the PLOVER project)
        scripts/cameo-traits.tsv (ours: what a code implies for coding, by code prefix)
Output: code, root, name, goldstein, quad, plover, plover_mode, plover_context, traits

Two decisions are ours and marked below: a sub-code without Goldstein score or PLOVER type takes its
parent's; and: the PLOVER project folds CAMEO 02 APPEAL into REQUEST (with CAMEO 10
DEMAND); the shared table leaves 02 unmapped, so we fill REQUEST for the 02 family. CAMEO 01 (statements)
has no PLOVER event type and stays empty.
Usage: scripts/derive-cameo-table.py [IN] [OUT]
"""
import csv
import sys
from pathlib import Path

here = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared" / "eval" / "cameo_codes.tsv"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "entente-core" / "src" / "main" / "resources" / "events" / "cameo.tsv"

rows = []
with open(src, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        code = r["code"].strip()
        if not code.isdigit():
            continue
        name = (r.get("name_cameo_0.7b5") or "").strip() or (r.get("name_gdelt") or "").strip()
        plover = (r.get("plover_event_2021") or "").strip()
        if not plover and r["root"] == "02":
            plover = "REQUEST"  # PLOVER REQUEST = CAMEO 02 APPEAL + 10 DEMAND
        rows.append([code, r["root"].strip(), name, r["goldstein"].strip(), r["quad_class"].strip(), plover,
                     (r.get("plover_mode_2021") or "").strip(), (r.get("plover_context_2021") or "").strip()])

# Codes newer than GDELT's lookups (1213, 1214, 1951, 1952) have no Goldstein score and some no PLOVER type:
# they take their parent's (first three digits), which is how CAMEO defines a sub-code's meaning.
by_code = {r[0]: r for r in rows}
for r in rows:
    parent = by_code.get(r[0][:3]) if len(r[0]) == 4 else None
    if parent:
        if not r[3]:
            r[3] = parent[3]
        if not r[5]:
            r[5], r[6], r[7] = parent[5], r[6] or parent[6], r[7] or parent[7]

# What a code implies for coding (mutual, needs its complement, ...): every trait whose prefix starts the code.
traits_file = here / "scripts" / "cameo-traits.tsv"
prefix_traits = []
with open(traits_file, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or not parts[0].isdigit() or not parts[1]:
            sys.exit(f"{traits_file}:{n}: expected prefix<TAB>trait<TAB>why")
        if not any(r[0].startswith(parts[0]) for r in rows):
            sys.exit(f"{traits_file}:{n}: no CAMEO code starts with {parts[0]}")
        prefix_traits.append((parts[0], parts[1]))
for r in rows:
    mine = []
    for prefix, trait in prefix_traits:
        if r[0].startswith(prefix) and trait not in mine:
            mine.append(trait)
    r.append(",".join(sorted(mine)))

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("# CAMEO event codes with Goldstein score, QuadClass and the CAMEO->PLOVER 2021 mapping.\n")
    f.write("# Derived by scripts/derive-cameo-table.py from GDELT's CAMEO lookups and the PLOVER project (see NOTICE);\n")
    f.write("# traits (what a code implies for coding) from scripts/cameo-traits.tsv.\n")
    f.write("code\troot\tname\tgoldstein\tquad\tplover\tplover_mode\tplover_context\ttraits\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} codes -> {out}", file=sys.stderr)
