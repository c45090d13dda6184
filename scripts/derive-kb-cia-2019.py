#!/usr/bin/env python3
"""CIA World Leaders as of 2019-10-06 (US-government work, public domain; JSON-LD by W. R. Funk) ->
entente-core/src/main/resources/actors/derived/cia-2019.tsv.

The snapshot says who held an office on 2019-10-06, not since when: each row runs from 2019-01-01 to the day
after the snapshot (the only year the file vouches for), so later dates fall to the "former" (ELI) rule.
The family name is the upper-case part of the CIA's spelling ("Jose Luis ABALOS Meco", "CHANG Jing-sen").
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_common as kb

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NAME = "http://xmlns.com/foaf/0.1/name"
START, END = "2019-01-01", "2019-10-07"
# CIA country labels the bundled country names do not spell this way
EXTRA = {"burma": "MMR", "korea, north": "PRK", "korea, south": "KOR", "congo, democratic republic of the": "COD",
         "congo, republic of the": "COG", "gambia, the": "GMB", "bahamas, the": "BHS", "micronesia, federated states of": "FSM",
         "holy see (vatican city)": "VAT", "cabo verde": "CPV", "cote d'ivoire": "CIV", "eswatini": "SWZ",
         "timor-leste": "TLS", "czechia": "CZE", "north macedonia": "MKD", "taiwan": "TWN", "kosovo": "XKX",
         "west bank": "PSE", "gaza strip": "PSE", "european union": None}


def last_group(label):
    """'The Office of Minister of X (Acting) (Holy See (Vatican City))' -> ('Minister of X (Acting)', 'Holy See (Vatican City)')."""
    if not label.startswith("The Office of ") or not label.endswith(")"):
        return None
    depth = 0
    for i in range(len(label) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(label[i], 0)
        if depth == 0:
            return label[len("The Office of "):i].strip(), label[i + 1:-1].strip()
    return None


def main():
    names = kb.country_names()
    persons = json.load(open(os.path.join(kb.SOURCES, "cia-2019", "persons.json"), encoding="utf-8"))
    w = kb.Writer("cia-2019", "CIA World Leaders, snapshot of 2019-10-06 (US government work, public domain), via the\n"
                  "JSON-LD conversion at github.com/WilliamRADFunk/cia-world-leaders; rows valid 2019-01-01 to 2019-10-06.")
    unknown = set()
    for p in persons.values():
        raw = (p.get("datatypeProperties") or {}).get(NAME) or p.get(LABEL) or ""
        raw = re.sub(r'\s*"[^"]*"\s*', " ", raw)  # nicknames in quotes ("Ibu")
        raw = re.sub(r"\s+", " ", raw).strip()
        raw = re.sub(r"^(Dr\.|Gen\.|Lt\. Gen\.|Maj\. Gen\.|Adm\.|Sheikh|Shaykh|Prince|Sultan|Emir|Sir|Dame|Mr\.|Mrs\.|Ms\.|Rev\.|Col\.)\s+", "", raw)
        words = raw.split(" ")
        if len(words) < 2:
            continue
        upper = [i for i, x in enumerate(words) if re.search(r"[A-Z]{2}", x) and re.sub(r"^(al|el|ad|as|ash|at|az|ar|an|bin|ibn)-", "", x).isupper()]
        name = " ".join(kb.smart_case(x) if i in upper else x for i, x in enumerate(words))
        surname = " ".join(kb.smart_case(words[i]) for i in upper)
        for o in p.get("objectProperties", []):
            for office in o.values():
                split = last_group(office.get(LABEL, ""))
                if not split:
                    continue
                title, cname = split
                key = kb.fold(cname)
                iso = EXTRA[key] if key in EXTRA else names.get(key)
                if iso is None:
                    unknown.add(cname)
                    continue
                aliases = []
                if upper and upper[-1] < len(words) - 1 and upper[0] > 0 and iso not in kb.FAMILY_NAME_FIRST:
                    # "Jose Luis ABALOS Meco": news writes given names + first family name
                    aliases.append(" ".join(words[:upper[0]]) + " " + surname)
                if kb.is_head(title) and surname and len(surname) >= 3 and " " not in surname:
                    aliases.append(surname)
                w.add(name, aliases, iso, kb.role_of(title), START, END, title + " (" + cname + ")")
    if unknown:
        print("countries not resolved (left out):", "; ".join(sorted(unknown)), file=sys.stderr)
    w.write()


if __name__ == "__main__":
    main()
