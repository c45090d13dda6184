#!/usr/bin/env python3
"""Institute for Government UK Ministers Database (CC BY 4.0: attribute the Institute for Government) ->
entente-core/src/main/resources/actors/derived/ifg.tsv: every UK ministerial appointment since 1979 as GBR GOV.

A person's names over time ("Peter Mandelson", then "Lord Mandelson") are all aliases of one entity; the
prime minister is also matched by surname alone. Open appointments are capped at the snapshot (the latest date
in the file).
"""
import csv
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_common as kb


def rows(name):
    with open(os.path.join(kb.SOURCES, "ifg", name), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def main():
    appointments, persons, posts = rows("appointment.csv"), rows("person.csv"), rows("post.csv")
    snapshot = max(max(a["start_date"], a["end_date"] or "") for a in appointments)
    names = defaultdict(list)  # person id -> [(start, name)]
    for p in persons:
        names[p["id"]].append((p["start_date"] or "", p["display_name"] or p["name"]))
    post = {p["id"]: p for p in posts}
    w = kb.Writer("ifg", "Institute for Government, UK Ministers Database (CC BY 4.0), github.com/instituteforgov/\n"
                  f"ifg-ministers-database-public; open appointments capped at the snapshot ({snapshot}).")
    for a in appointments:
        pst = post.get(a["post_id"])
        if pst is None or a["person_id"] not in names:
            continue
        ns = [n for _, n in sorted(names[a["person_id"]])]
        full = [n for n in ns if not n.startswith(("Lord ", "Baroness ", "Lady ", "Sir ", "Dame "))] or ns
        main_name = full[0]
        aliases = [n for n in ns if n != main_name]
        if pst["rank_equivalence"] == "PM":
            aliases.append(main_name.split()[-1])
        end = a["end_date"] or snapshot
        if end <= a["start_date"]:
            continue
        w.add(main_name, aliases, "GBR", "GOV", a["start_date"], end, (pst["display_name"] or pst["name"]) + " (UK)")
    w.write()


if __name__ == "__main__":
    main()
