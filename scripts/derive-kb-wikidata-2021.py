#!/usr/bin/env python3
"""Heads of state and government from Wikidata (CC0; the every-politician world-leaders-2021 query) ->
entente-core/src/main/resources/actors/derived/wikidata-2021.tsv.

Years only: a term runs from 1 January of its start year to 1 January of its end year; an open term is capped at
the snapshot (2022-12-31), after which the "former" rule makes the person an elite (ELI).
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_common as kb

SNAPSHOT_END = "2023-01-01"
EXTRA = {"people's republic of china": "CHN", "kingdom of the netherlands": "NLD", "state of palestine": "PSE",
         "the gambia": "GMB", "the bahamas": "BHS", "federated states of micronesia": "FSM", "kingdom of denmark": "DNK",
         "democratic republic of the congo": "COD", "republic of the congo": "COG", "east timor": "TLS",
         "kosovo": "XKX", "taiwan": "TWN", "vatican city": "VAT", "north korea": "PRK", "south korea": "KOR",
         "ivory coast": "CIV", "eswatini": "SWZ", "sao tome and principe": "STP", "czech republic": "CZE"}


def main():
    names = kb.country_names()
    w = kb.Writer("wikidata-2021", "Heads of state and government from Wikidata (CC0), as queried by\n"
                  "github.com/every-politician-scrapers/world-leaders-2021; year precision, open terms capped at 2022.")
    unknown = set()
    with open(os.path.join(kb.SOURCES, "wikidata-2021", "wikidata.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = kb.fold(r["country"])
            iso = EXTRA.get(key) or names.get(key)
            if iso is None:
                unknown.add(r["country"])
                continue
            name = r["officeholderLabel"].strip()
            if not r["start_year"] or name.startswith("Q"):
                continue
            start = r["start_year"] + "-01-01"
            end = (r["end_year"] + "-01-01") if r["end_year"] else SNAPSHOT_END
            if end <= start:
                end = str(int(r["start_year"]) + 1) + "-01-01"  # began and ended in one year
            title = r["positionLabel"].strip()
            words = name.split()
            aliases = []
            surname = words[0] if iso in kb.FAMILY_NAME_FIRST else words[-1]
            if kb.is_head(title) and not kb.REGNAL.search(title) and len(words) >= 2 and len(surname) >= 3:
                aliases.append(surname)
            w.add(name, aliases, iso, kb.role_of(title), start, end, title)
    if unknown:
        print("countries not resolved (left out):", "; ".join(sorted(unknown)), file=sys.stderr)
    w.write()


if __name__ == "__main__":
    main()
