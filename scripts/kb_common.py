"""Shared helpers for the scripts/derive-kb-*.py knowledge-base derivations.

Each derivation reads one open dataset under ../shared/data/actor-sources/ and writes one people file in the
dictionary format (docs/actors.md) with an extra `source` column, under entente-core/src/main/resources/actors/derived/.
The loader treats a row with a source as bulk-derived: matched by its full name and its written aliases only;
a surname alone is written as an alias only for heads of state and government (guard against the many people
who share a surname).
"""
import csv
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "actor-sources"))
OUT_DIR = os.path.join(ROOT, "entente-core", "src", "main", "resources", "actors", "derived")
RESOURCES = os.path.join(ROOT, "entente-core", "src", "main", "resources", "actors")

HEADER = "name\taliases\tcountry\trole\tstart\tend\ttitle\tsource"

# Titles that make a person a head of state or government: only these may be matched by surname alone.
HEAD_TITLES = re.compile(r"^(acting |interim |transitional )?(president|prime minister|premier|chancellor|king|queen|"
                         r"emir|amir|sultan|monarch|captain regent|supreme leader|head of state|head of government|"
                         r"chief executive|president of the government|president of the council of ministers|"
                         r"chairman of the state affairs commission|state counsellor|grand duke|prince|taoiseach)"
                         r"(?: of (.*))?$", re.I)

# Monarchs go by regnal names ("Carl XVI Gustaf of Sweden"): their last word is no surname.
REGNAL = re.compile(r"monarch|king|queen|emperor|grand duke|prince|emir|amir|sultan|captain regent", re.I)

# Countries whose names are written family name first: the first word is the surname there.
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "MNG"}


def is_head(title):
    """A head of state or government: the bare title ("President") or the title of a country ("President of
    Zambia"), never of a court, a bank or a province ("President of Court of Final Appeal")."""
    m = HEAD_TITLES.match(title.strip())
    if not m:
        return False
    rest = m.group(3)
    return rest is None or re.sub(r"^the ", "", fold(rest.strip())) in _countries()


_COUNTRIES = None


def _countries():
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = country_names()
    return _COUNTRIES


def role_of(title):
    """CAMEO role of an office title: the armed forces MIL, police COP, intelligence SPY, courts and prosecutors
    JUD, legislatures LEG, everything else in a government GOV (ministers, ambassadors, central bankers)."""
    t = title.lower()
    if re.search(r"minister|secretary of state|department|leader of the|state affairs commission|\bsac\b", t):
        return "GOV"  # "Minister of Defense", "Minister of Justice": members of the government
    if re.search(r"\b(armed forces|army|navy|naval|air force|military|general staff|chief of (the )?defen[cs]e staff|"
                 r"chief of staff of the (armed|defen)|commander)\b", t):
        return "MIL"
    if re.search(r"\b(police|gendarmerie|constabulary)\b", t):
        return "COP"
    if re.search(r"\b(intelligence|security service|secret service)\b", t):
        return "SPY"
    if re.search(r"\b(supreme court|chief justice|constitutional court|court|judge|attorney general|prosecutor)\b", t):
        return "JUD"
    if re.search(r"\b(speaker|parliament|national assembly|senate|senator|legislat|congress|house of|chamber of|"
                 r"supreme people's assembly|majlis|duma|diet)\b", t) and "permanent representative" not in t:
        return "LEG"
    return "GOV"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def country_names():
    """Country name (folded) -> ISO alpha-3, from the bundled countries.tsv and countries-extra.tsv."""
    out = {}
    for f in ("countries.tsv", "countries-extra.tsv"):
        with open(os.path.join(RESOURCES, f), encoding="utf-8") as fh:
            header = None
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    continue
                if len(cols) < 3 or cols[2] not in ("country",) or not re.fullmatch(r"[A-Z]{3}", cols[1]):
                    continue
                for n in cols[0].split("|"):
                    out.setdefault(fold(n.strip()), cols[1])
    return out


def smart_case(word):
    """ABALOS -> Abalos, MEKAM'NE -> Mekam'ne, DE -> de (particles), ABDEL-AATI -> Abdel-Aati, al-HALIMI -> al-Halimi."""
    if not word:
        return word
    low = word.lower()
    if low in ("de", "da", "di", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "du", "bin",
               "ibn", "y", "e"):
        return low
    parts = word.split("-")
    out = []
    for i, p in enumerate(parts):
        if i == 0 and p.lower() in ("al", "el", "ad", "as", "ash", "at", "az", "ar", "an"):
            out.append(p.lower())
        elif p.isupper() or p.islower():
            out.append(p[:1].upper() + p[1:].lower())
        else:
            out.append(p)
    return "-".join(out)


def clean_name(name):
    name = re.sub(r"\s+", " ", name.replace("_", " ")).strip()
    return name


class Writer:
    """Collects rows, drops exact duplicates, writes them sorted by name then start with a provenance header."""

    def __init__(self, source, comment):
        self.source = source
        self.comment = comment
        self.rows = set()

    def add(self, name, aliases, country, role, start, end, title):
        name = clean_name(name)
        if not name or len(name.split()) < 2 or not re.search(r"[A-Za-z]", name):
            return False  # a single word is no full name: bulk rows match by full name only
        al = []
        for a in aliases:
            a = clean_name(a)
            if a and a != name and a not in al and "\t" not in a and "|" not in a:
                al.append(a)
        if start and end and start >= end:
            return False
        title = re.sub(r"[\t\r\n]", " ", title or "").strip()
        self.rows.add((name, "|".join(al) or "-", country, role, start or "", end or "", title, self.source))
        return True

    def write(self):
        os.makedirs(OUT_DIR, exist_ok=True)
        path = os.path.join(OUT_DIR, self.source + ".tsv")
        # a total order (the rows are a set): the same input gives the same file, line for line
        rows = sorted(self.rows, key=lambda r: (fold(r[0]), r[2], r[4], r[3], r[5], r))
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for line in self.comment.strip().splitlines():
                fh.write("# " + line + "\n")
            fh.write("# Derived by scripts/derive-kb-" + self.source + ".py; do not edit (hand-written rows go in people.tsv and win).\n")
            fh.write(HEADER + "\n")
            for r in rows:
                fh.write("\t".join(r) + "\n")
        people = len({(r[0], r[2]) for r in rows})
        countries = len({r[2] for r in rows})
        years = [int(x[:4]) for r in rows for x in (r[4], r[5]) if x]
        span = f"{min(years)}-{max(years)}" if years else "-"
        print(f"{path}: {len(rows)} rows, {people} people, {countries} countries, years {span}")
        return path
