#!/usr/bin/env python3
"""PETRARCH-2 / Phoenix country actors (MIT, openeventdata/petrarch2; generated 2014-01-30 from CountryInfo) ->
entente-core/src/main/resources/actors/derived/phoenix.tsv: the people with dated CAMEO codes.

TABARI layout: a root line NAME_ (optionally '# comment'), '+ALIAS' lines, then '\t[CODE dates] # note' lines.
Dates are yymmdd or yyyymmdd (two-digit years <= 30 are 20yy), 'a-b' a spell, '>a' from a on (open: capped at
the file's snapshot, 2014-01-30), '<b' until b. An undated code is the person's default outside their spells:
CountryInfo writes it as ELI, which is what the loader's "former" rule gives anyway, so it is dropped; a
person with undated codes only is left out (no date to vouch for). Root lines with no code lines of their own
are alternative names of the next coded entry (the file's convention). Countries' own names, armed groups and
international bodies are other files; this script takes persons only (names of two words or more).
One-word aliases (surnames) are kept only for heads of state and government, told by the note of their spell.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_common as kb

SNAPSHOT = "2014-01-30"
CODE = re.compile(r"^\s*\[([A-Z-]{3,})\s*([<>]?)\s*(\d{6,8})?(?:-(\d{6,8}))?\s*\]\s*(?:#\s*(.*))?$")
TITLE_WORDS = {"PRESIDENT", "PRIME", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "MINISTER", "GENERAL", "GEN", "KING",
               "QUEEN", "PREMIER", "SECRETARY", "SENATOR", "SEN", "REP", "GOVERNOR", "GOV", "AMBASSADOR", "MR", "MRS",
               "MS", "DR", "SHEIKH", "PRINCE", "EMIR", "SULTAN", "COL", "COLONEL", "LT", "MAJ", "ADMIRAL", "ADM",
               "CAPTAIN", "FORMER", "VICE", "DEPUTY", "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "PRES", "PM",
               "CHAIRMAN", "LEADER", "SPEAKER", "JUDGE", "JUSTICE", "GERMAN", "AMERICAN", "BRITISH", "FRENCH",
               "RUSSIAN", "CHINESE", "JAPANESE", "ISRAELI", "PALESTINIAN", "IRAQI", "IRANIAN", "AFGHAN", "PAKISTANI",
               "INDIAN", "US", "U.S.", "UK", "NEW", "OLD", "THE", "MP", "AYATOLLAH", "MULLAH", "PATRIARCH", "POPE"}


# CAMEO roles the loader knows (ActorCode.ROLES); territory codes after a country ("GBRVGB...") are left out
ROLES = {"GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP", "OPP", "LEG", "JUD", "MED", "BUS", "CVL", "EDU", "ELI", "REL",
         "CRM", "UAF", "AGR", "LAB", "HLH", "REF", "NGO", "PTY", "DEV", "ENV", "HRI", "MOD", "RAD", "IMG"}


def date(s):
    if s is None:
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        md = s[2:]
    else:
        year = int(s[:4])
        md = s[4:]
    m, d = int(md[:2]), int(md[2:4])
    if not (1 <= m <= 12 and 1 <= d <= 31) or year < 1800:
        return None
    d = min(d, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return f"{year:04d}-{m:02d}-{d:02d}"


def words_of(tabari):
    return [w for w in re.sub(r"#.*", "", tabari).strip().lstrip("+").strip("_ ").split("_") if w]


def cased(words):
    return " ".join(w if "." in w else kb.smart_case(w) for w in words)  # initials stay as written ("G.J.")


def main():
    iso = set(kb.country_names().values())
    path = os.path.join(kb.SOURCES, "phoenix", "Phoenix.Countries.actors.txt")
    w = kb.Writer("phoenix", "PETRARCH-2 / Phoenix country actors dictionary (MIT; Open Event Data Alliance, 2014;\n"
                  "generated from CountryInfo.140130), persons with dated codes; open spells capped at 2014-01-30.")
    entries = []  # (names, codes)
    names, codes = [], []
    inline = False
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("#") or not line.strip():
            continue
        if line[0] in " \t" and "[" in line:
            m = CODE.match(line.rstrip())
            if m:
                codes.append(m.groups())
            continue
        if line.startswith("+"):
            if not inline:
                names.append(words_of(line))
            continue
        # a root line: the previous entry ends if it has codes; else its names go with this one
        if codes:
            entries.append((names, codes))
            names, codes = [], []
        if re.search(r"\[[A-Z-]{3,}[^\]]*\]", re.sub(r"#.*", "", line)):
            names = []  # "ROMANIA_ [ROU]": a country's own entry with its code inline, not a person
            inline = True
            continue
        inline = False
        names.append(words_of(line))
    if codes:
        entries.append((names, codes))
    skipped = {"country not ISO": 0, "undated only": 0, "one word": 0}
    for names, codes in entries:
        names = [n for n in names if n]
        if not names:
            continue
        main_name = names[0]
        if len(main_name) < 2:
            skipped["one word"] += 1
            continue
        spells = []
        for code, op, a, b, note in codes:
            if not a:
                continue
            country, role = code[:3], code[3:6] or None
            if country not in iso or role not in ROLES:
                skipped["country not ISO"] += 1
                continue
            if op == ">":
                start, end = date(a), SNAPSHOT
            elif op == "<":
                start, end = None, date(a)
            else:
                start, end = date(a), date(b) if b else None
                if end is None:
                    end = SNAPSHOT
            if end and end > SNAPSHOT:
                end = SNAPSHOT
            if (start is None and end is None) or (start and end and start >= end):
                continue
            spells.append((country, role, start, end, (note or "").strip()))
        if not spells:
            skipped["undated only"] += 1
            continue
        head = any(kb.is_head(re.sub(r"\s*\(.*", "", s[4])) for s in spells)
        surname = main_name[-1]
        aliases = []
        for n in names[1:]:
            if len(n) >= 2 and n[0].upper().rstrip(".") not in TITLE_WORDS:
                aliases.append(cased(n))
        if head and len(surname) >= 3 and not any(s[0] in kb.FAMILY_NAME_FIRST for s in spells):
            aliases.append(cased([surname]))
        for country, role, start, end, note in spells:
            w.add(cased(main_name), aliases, country, role, start or "", end or "", note)
    print("left out:", skipped, file=sys.stderr)
    w.write()


if __name__ == "__main__":
    main()
