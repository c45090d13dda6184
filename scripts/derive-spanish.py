#!/usr/bin/env python3
"""UniversalPetrarch's Spanish CAMEO dictionaries (MIT, Open Event Data Alliance; ../shared/data/language-sources/)
-> the Spanish coder's data files under entente-core/src/main/resources/es/:

  verbs.tsv     verb (infinitive, or a multi-word verb "comunicarse con") -> default CAMEO code, the verb blocks it
                is listed in, and the source line. A verb listed in several blocks takes the code most of its coded
                blocks give (ties: the first); a verb only in uncoded blocks ("[---]") has code "---" and codes an
                event only through a pattern.
  patterns.tsv  block, code, the words that must follow the verb (";" between them; "&NAME" a synonym set of
                synonyms.tsv), source line. Only the patterns this coder can read are kept: a verb
                marker "*" followed by plain words; words before the verb, compound-actor and skip markers are
                dropped, and so are articles ("el", "la", ...), which the pattern writers used inconsistently.
  synonyms.tsv  the synonym sets the kept patterns use: name, members ("|" between them).
  countries.tsv country names and demonyms -> alpha-3 (the Countries section: single-code "NAME_ [CCC]" lines;
                a name given two different countries is dropped as ambiguous; names of wars and invasions, which
                the source lists under the country, are left out).
  organisations.tsv  international organisations ("NAME_ [IGO...]" lines of the International section).
  agents.tsv    role words -> CAMEO role (agents file): a word listed with several codes takes the first by the
                state-first order in ROLE_ORDER ("ministro" is GOV and, in the source, also a church minister).

Names are written lower-case with "_" turned into spaces; the coder matches them without accents.
Usage: scripts/derive-spanish.py [SOURCE_DIR] [OUT_DIR]
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "language-sources",
                                                         "spanish")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "entente-core", "src", "main", "resources", "es")
VERBS = "verbpatterns_es_190128.txt"
AGENTS = "agents_181220.txt"
ACTORS = "actors_unified_181220.txt"

# CAMEO roles the actor loader knows; the first listed wins when a word has several
ROLE_ORDER = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "INS", "SEP", "PTY", "MED", "BUS", "CVL", "EDU",
              "ELI", "REL", "CRM", "UAF", "AGR", "LAB", "HLH", "REF", "NGO", "DEV", "ENV", "HRI", "MOD", "RAD", "IMG"]
ARTICLES = {"EL", "LA", "LOS", "LAS", "UN", "UNA", "UNOS", "UNAS", "LO"}
# a pattern made of these alone ("* CON + EN") would fire on almost any sentence: such patterns are left out
FUNCTION_WORDS = {"a", "al", "ante", "con", "contra", "de", "del", "en", "entre", "hacia", "hasta", "para", "por",
                  "sin", "sobre", "tras", "y", "o", "que", "se", "su", "sus", "no", "es", "son", "fue", "ser"}
NOT_A_COUNTRY_NAME = re.compile(r"GUERRA|INVASI[OÓ]N|BATALLA|CONFLICTO|IDIOMA|CRISIS|REVOLUCI[OÓ]N")
HEADER = ("# Derived by scripts/derive-spanish.py from UniversalPetrarch's Spanish dictionaries (MIT, Open Event Data\n"
          "# Alliance; see NOTICE). Do not edit: change the script or add a file of your own.\n")


def words(name):
    """A dictionary name as the coder reads it: lower case, '_' as spaces, trailing '_' gone."""
    return " ".join(w for w in name.strip().strip("_").replace("_", " ").lower().split())


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8", errors="replace") as f:
        return f.read().split("\n")


def code_of(bracket):
    """'[042:043]' -> '042' (the source's code; the part after ':' is the code for the reverse direction)."""
    c = bracket.strip("[] ").split(":")[0].strip()
    return c if re.fullmatch(r"\d{2,4}", c) else "---"


def synonym_sets(lines):
    sets, current = {}, None
    for line in lines:
        if line.startswith("&"):
            current = line.split()[0][1:]
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(words(line[1:].split("#")[0]))
        elif line.startswith("---"):
            break
        elif not line.strip() or line.startswith("#"):
            continue
        else:
            current = None
    return sets


BLOCK = re.compile(r"^---\s+(\S+)\s+(\[[^\]]*\])")
VERB_LINE = re.compile(r"^\+?([A-ZÁÉÍÓÚÜÑ_]+(?:_[A-ZÁÉÍÓÚÜÑ]+)*)\s*(\[[^\]]*\])?\s*(?:#.*)?$")
PATTERN_LINE = re.compile(r"^-\s+(.*?)\s*(\[[^\]]*\])\s*(?:#.*)?$")


def derive_verbs(lines, sets):
    verbs = collections.OrderedDict()  # verb -> list of (code, block, line)
    patterns = []
    block, block_code = None, "---"
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        m = BLOCK.match(line)
        if m:
            block, block_code = m.group(1), code_of(m.group(2))
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        p = PATTERN_LINE.match(line)
        if p:
            pattern = readable_pattern(p.group(1), sets)
            if pattern:
                patterns.append((block, code_of(p.group(2)), pattern, n))
            continue
        v = VERB_LINE.match(line.strip())
        if v:
            name = words(v.group(1))
            if len(name) < 3 or not re.search(r"(ar|er|ir|ír)(se)?( |$)", name):
                continue  # a noun or a fragment in the verb list ("encuentro", "valiente"): not a verb
            code = code_of(v.group(2)) if v.group(2) else block_code
            verbs.setdefault(name, []).append((code, block, n))
    return verbs, patterns


def readable_pattern(text, sets):
    """'* EL &TRATADO DE COMERCIO CON +' -> 'tratado|acuerdo|...;de;comercio;con' or None when unreadable."""
    tokens = text.split()
    if "*" not in tokens:
        return None
    after = tokens[tokens.index("*") + 1:]
    out = []
    for t in after:
        if t in {"+", "$", "^", "%"}:
            continue
        if t.startswith("&"):
            alternatives = sets.get(t[1:].strip("_"))
            if not alternatives:
                return None
            if all(a.upper() in ARTICLES or a in {"uno", "ellos", "ellas"} for a in alternatives):
                continue  # &ARTICULO: articles, dropped like the literal ones
            out.append("&" + t[1:].strip("_"))
            continue
        if not re.fullmatch(r"[A-ZÁÉÍÓÚÜÑ_]+", t):
            return None
        w = words(t)
        if not w or t in ARTICLES:
            continue
        out.append(w)
    if all(w in FUNCTION_WORDS for w in out):
        return None
    return ";".join(out)


def default_code(entries):
    coded = [c for c, _, _ in entries if c != "---"]
    if not coded:
        return "---"
    counts = collections.Counter(coded)
    best = max(counts.values())
    return next(c for c in coded if counts[c] == best)


def sections(lines):
    """The actors file's parts, by their 'FROM FORMER DICTIONARY: NAME' headers."""
    out, name = collections.defaultdict(list), None
    for n, line in enumerate(lines, 1):
        m = re.match(r"# FROM FORMER DICTIONARY: (\S+)", line)
        if m:
            name = m.group(1)
        elif name:
            out[name].append((n, line))
    return out


SINGLE = re.compile(r"^([^#\[+\s][^\[#]*?)_?\s*\[([A-Z]{3,})\]\s*(?:#.*)?$")


CODE_LINE = re.compile(r"^\s*\[([A-Z]{3,})\s*([<>]?)\s*(\d{6,8})?(?:-(\d{6,8}))?\s*\]")
INLINE_CODE = re.compile(r"\[([A-Z]{3,})\]")


def entries(part):
    """TABARI entries: root lines (a root without a code of its own names the next coded entry), '+' alias lines,
    then tab-indented '[CODE dates]' lines; yields (names, codes, is_person, first line)."""
    names, codes, person, first = [], [], False, None
    for n, line in part:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if line.startswith("\t") or text.startswith("["):
            m = CODE_LINE.match(text)
            if m:
                codes.append((m.group(1), m.group(2), m.group(4)))
            continue
        if text.startswith("+"):
            names.append(text[1:].split("#")[0].strip())
            continue
        if codes:
            yield names, codes, person, first
            names, codes, person, first = [], [], False, None
        first = first or n
        person = person or "COUNTRYINFO" in text
        inline = INLINE_CODE.search(text)
        names.append(text.split("[")[0].split("#")[0].strip())
        if inline:
            codes.append((inline.group(1), "", None))
    if codes:
        yield names, codes, person, first


def current_country(codes):
    """The code in force now: the last spell without an end, when it is a bare country (three letters)."""
    code, direction, until = codes[-1]
    return code if len(code) == 3 and direction != "<" and until is None else None


def derive_countries(part):
    """Country entries of the Countries section (persons, there with CountryInfo's dated roles, are left to the
    knowledge base): every name of an entry whose code in force is a bare country."""
    names = collections.OrderedDict()
    for entry_names, codes, person, line in entries(part):
        country = current_country(codes)
        if person or not country:
            continue
        for name in entry_names:
            if name and "(" not in name and not NOT_A_COUNTRY_NAME.search(name):
                names.setdefault(words(name), []).append((country, line))
    rows = []
    for name, found in names.items():
        codes = {c for c, _ in found}
        if len(codes) == 1 and len(name) > 2 and not name.startswith(("el ", "la ")):
            rows.append((name, found[0][0], found[0][1]))
    return rows


def derive_organisations(part):
    rows, seen = [], {}
    for n, line in part:
        m = SINGLE.match(line.strip())
        if m and m.group(2).startswith("IGO") and len(words(m.group(1))) > 1:
            name = words(m.group(1))
            if seen.setdefault(name, m.group(2)) == m.group(2) and name not in {r[0] for r in rows}:
                rows.append((name, m.group(2), n))
    return [r for r in rows if seen[r[0]] == r[1]]


AGENT = re.compile(r"^([^#\[\s][^\[#]*?)\s*\[~([A-Z]{3,6})\]")


def derive_agents(lines):
    found = collections.OrderedDict()
    for n, line in enumerate(lines, 1):
        m = AGENT.match(line.strip())
        if not m:
            continue
        role = m.group(2)[:3]
        if role in ROLE_ORDER:
            found.setdefault(words(m.group(1)), []).append((role, n))
    rows = []
    for name, entries in found.items():
        role, n = min(entries, key=lambda e: ROLE_ORDER.index(e[0]))
        if len(name) > 2 and not re.search(r"[()0-9.]", name):
            rows.append((name, role, n))
    return rows


def write(name, header, columns, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(HEADER + header)
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def main():
    vlines = read(VERBS)
    sets = synonym_sets(vlines)
    verbs, patterns = derive_verbs(vlines, sets)
    write("verbs.tsv", f"# from {VERBS}: one row a verb; blocks = the source's verb blocks that list it.\n",
          ["verb", "code", "blocks", "line"],
          [(v, default_code(e), ",".join(dict.fromkeys(b for _, b, _ in e)), e[0][2]) for v, e in verbs.items()])
    kept = [(b, c, p, n) for b, c, p, n in patterns if c != "---"]
    write("patterns.tsv", f"# from {VERBS}: words that follow a verb of the block, ';' between words, &NAME a synonym"
                          " set (synonyms.tsv).\n", ["block", "code", "words", "line"], kept)
    used = sorted({w[1:] for _, _, p, _ in kept for w in p.split(";") if w.startswith("&")})
    write("synonyms.tsv", f"# from {VERBS}: the synonym sets the patterns use, '|' between members.\n",
          ["set", "members"], [(name, "|".join(sorted(set(sets[name])))) for name in used])
    parts = sections(read(ACTORS))
    write("countries.tsv", f"# from {ACTORS} (Countries section): names and demonyms.\n", ["name", "country", "line"],
          derive_countries(parts["Countries_JJ_final.TXT"]))
    write("organisations.tsv", f"# from {ACTORS} (International section).\n", ["name", "code", "line"],
          derive_organisations(parts["International_ESP_20171114.TXT"]))
    write("agents.tsv", f"# from {AGENTS}: role words.\n", ["name", "role", "line"], derive_agents(read(AGENTS)))


if __name__ == "__main__":
    main()
