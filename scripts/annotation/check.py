#!/usr/bin/env python3
"""Validate the team's annotation label files against units.tsv and the development pool.

Usage: check.py [--corpus FILE] [--units FILE] [LABELS.jsonl ...]
  With no files, checks every annotations/labels-*.jsonl and annotations/overlap-*.jsonl that exists.

Files: labels-A|B|C|D|E|F.jsonl (C labels batch 2 only, D batch 3, E batch 4) and overlap-A|B.jsonl (the A/B agreement overlap).
Checks, per line: valid JSON with the fields of annotations/README.md; the unit exists in units.tsv
with the same line, id, kind and annotator (overlap files: the unit is an overlap article assigned to
the other annotator); text_sha1 is the SHA-1 of the record's "text" (utf-8); extent covers the whole
text (article) or the first `lead` sentences (short report); each event's sentence lies inside the
extent; code is a CAMEO code of ../shared/eval/cameo_codes.tsv of 3 or 4 digits; modality is one of
five values; essential is a boolean; source and target are null or actor codes of the coder's shape
(a CAMEO country or ---, or IGO/NGO/IMG, then 3-letter parts; country parts must be CAMEO actor
types); no duplicate event (sentence, source, target, code); at most one line per unit and file.
Then prints counts per file, split, kind, and the events' essential share and roots.

Only lines 1-3000 of the corpus are read (the development pool). Exit status 1 when any error.
"""
import argparse
import collections
import csv
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from show import sentences, POOL  # noqa: E402  the same splitter the annotators read offsets from

SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
MODALITIES = {"asserted", "negated", "future", "hypothetical", "uncertain"}
EVENT_FIELDS = {"sentence", "source", "target", "code", "modality", "essential", "note"}
UNIT_FIELDS = {"unit", "line", "id", "kind", "annotator", "text_sha1", "extent", "events", "note"}
INTERNATIONAL_HEADS = {"IGO", "NGO", "IMG"}
REGION_HEADS = {"AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF",
                "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST", "BAL", "CFR", "DEV"}


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def load_pool(corpus, wanted_lines):
    recs = {}
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break  # lines past the pool are reserved for measurement by others: never read here
            if i in wanted_lines:
                recs[i] = json.loads(line)
    return recs


class Checker:
    def __init__(self, units, recs, codes, countries, types):
        self.units = units
        self.recs = recs
        self.codes = codes
        self.countries = countries
        self.types = types
        self.errors = 0

    def err(self, where, msg):
        self.errors += 1
        print(f"{where}: {msg}", file=sys.stderr)

    def actor_ok(self, code):
        if code is None:
            return True
        if not isinstance(code, str) or not re.fullmatch(r"(---|[A-Z]{3})([A-Z]{3})*", code):
            return False
        head, parts = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
        if head in INTERNATIONAL_HEADS:
            return True  # IGO/NGO/IMG + short name (+ role): names are open-ended
        if len(code) >= 6 and code[:6] in self.countries:
            parts = parts[1:]  # a territory's six-letter code (USAPRI): roles follow it
        elif not (head == "---" or head in REGION_HEADS or head in self.countries):
            return False
        return all(p in self.types for p in parts)

    def extent_expected(self, unit, text):
        spans = sentences(text)
        if unit["kind"] == "article":
            return [spans[0][0], spans[-1][1]] if spans else [0, 0]
        lead = int(unit["lead"])
        return [spans[0][0], spans[min(lead, len(spans)) - 1][1]]

    def check_file(self, path):
        base = os.path.basename(path)
        m = re.fullmatch(r"labels-([A-F])\.jsonl|overlap-([AB])\.jsonl", base)
        if not m:
            # annotator C labels the second batch only; the agreement overlap is between A and B
            self.err(path, "file name must be labels-A|B|C|D|E|F.jsonl or overlap-A|B.jsonl")
            return []
        overlap, who = m.group(2) is not None, m.group(1) or m.group(2)
        other = "B" if who == "A" else "A"
        seen, good = set(), []
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                where = f"{base}:{n}"
                if not raw.strip():
                    continue
                try:
                    lab = json.loads(raw)
                except json.JSONDecodeError as e:
                    self.err(where, f"not JSON ({e})")
                    continue
                if self.check_unit(where, lab, overlap, who, other, seen):
                    good.append(lab)
        return good

    def check_unit(self, where, lab, overlap, who, other, seen):
        if not isinstance(lab, dict):
            self.err(where, "not a JSON object")
            return False
        missing = {"unit", "line", "id", "kind", "annotator", "text_sha1", "extent", "events"} - lab.keys()
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
            return False
        extra = lab.keys() - UNIT_FIELDS
        if extra:
            self.err(where, f"unknown fields {sorted(extra)}")
        uid = lab["unit"]
        unit = self.units.get(uid)
        if unit is None:
            self.err(where, f"unit {uid!r} is not in units.tsv")
            return False
        where = f"{where} ({uid})"
        if uid in seen:
            self.err(where, "unit labelled twice in this file")
        seen.add(uid)
        if lab["line"] != int(unit["line"]) or lab["id"] != unit["id"] or lab["kind"] != unit["kind"]:
            self.err(where, f"line/id/kind {lab['line']}/{lab['id']}/{lab['kind']} do not match units.tsv "
                            f"{unit['line']}/{unit['id']}/{unit['kind']}")
            return False
        if lab["annotator"] != who:
            self.err(where, f"annotator {lab['annotator']!r} in a file of annotator {who}")
        if overlap and (unit["annotator"] != other or unit["overlap"] != "yes"):
            self.err(where, f"overlap file of {who} holds a unit that is not an overlap unit of {other}")
        if not overlap and unit["annotator"] != who:
            self.err(where, f"unit is assigned to annotator {unit['annotator']}, not {who}")
        text = self.recs[int(unit["line"])]["text"]
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if lab["text_sha1"] != sha:
            self.err(where, "text_sha1 does not match the corpus record's text")
            return False
        ext = lab["extent"]
        if not (isinstance(ext, list) and len(ext) == 2 and all(isinstance(x, int) for x in ext)):
            self.err(where, "extent must be [start, end]")
            return False
        if ext != self.extent_expected(unit, text):
            self.err(where, f"extent {ext} is not the unit's extent {self.extent_expected(unit, text)}")
        if not isinstance(lab["events"], list):
            self.err(where, "events must be a list")
            return False
        keys = set()
        for k, ev in enumerate(lab["events"]):
            self.check_event(f"{where} event {k}", ev, ext, keys)
        return True

    def check_event(self, where, ev, ext, keys):
        if not isinstance(ev, dict):
            self.err(where, "not a JSON object")
            return
        missing = {"sentence", "source", "target", "code", "modality", "essential"} - ev.keys()
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
            return
        if ev.keys() - EVENT_FIELDS:
            self.err(where, f"unknown fields {sorted(ev.keys() - EVENT_FIELDS)}")
        s = ev["sentence"]
        if not (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s) and s[0] < s[1]):
            self.err(where, "sentence must be [start, end] with start < end")
        elif not (ext[0] <= s[0] and s[1] <= ext[1]):
            self.err(where, f"sentence {s} lies outside the extent {ext}")
        code = ev["code"]
        if not (isinstance(code, str) and re.fullmatch(r"\d{3,4}", code) and code in self.codes):
            self.err(where, f"code {code!r} is not a 3- or 4-digit CAMEO code")
        if ev["modality"] not in MODALITIES:
            self.err(where, f"modality {ev['modality']!r} is not one of {sorted(MODALITIES)}")
        if not isinstance(ev["essential"], bool):
            self.err(where, "essential must be true or false")
        for role in ("source", "target"):
            if not self.actor_ok(ev[role]):
                self.err(where, f"{role} {ev[role]!r} is not an actor code of the coder's shape")
        if ev["source"] is None and ev["target"] is None:
            self.err(where, "an event needs a source or a target")
        if "note" in ev and not isinstance(ev["note"], str):
            self.err(where, "note must be a string")
        key = (tuple(s) if isinstance(s, list) else s, ev["source"], ev["target"], code)
        if key in keys:
            self.err(where, "duplicate event (sentence, source, target, code)")
        keys.add(key)


def report(path, labs, units):
    print(f"== {os.path.relpath(path, REPO)}: {len(labs)} units")
    by = collections.Counter()
    evs = collections.Counter()
    empty = collections.Counter()
    for lab in labs:
        u = units[lab["unit"]]
        by[(u["split"], u["kind"])] += 1
        evs[(u["split"], u["kind"])] += len(lab["events"])
        empty[(u["split"], u["kind"])] += not lab["events"]
    print("  split  kind     units  no-event  events")
    for key in sorted(by):
        print(f"  {key[0]:<6} {key[1]:<8} {by[key]:>5} {empty[key]:>9} {evs[key]:>7}")
    allev = [e for lab in labs for e in lab["events"]]
    if allev:
        ess = sum(1 for e in allev if e.get("essential") is True)
        print(f"  events {len(allev)}, essential {ess} ({100 * ess / len(allev):.1f} %)")
        roots = collections.Counter(str(e.get("code"))[:2] for e in allev)
        print("  roots: " + " ".join(f"{r}:{n}" for r, n in sorted(roots.items())))
        mods = collections.Counter(e.get("modality") for e in allev)
        print("  modality: " + " ".join(f"{m}:{n}" for m, n in sorted(mods.items(), key=lambda x: str(x[0]))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpus", "articles.jsonl"))
    ap.add_argument("--units", default=os.path.join(REPO, "annotations", "units.tsv"))
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(REPO, "annotations", "labels-*.jsonl"))
                              + glob.glob(os.path.join(REPO, "annotations", "overlap-*.jsonl")))
    if not files:
        sys.exit("check.py: no label files")
    units = {u["unit"]: u for u in read_tsv(a.units)}
    codes = {r["code"] for r in read_tsv(os.path.join(SHARED, "eval", "cameo_codes.tsv"))}
    countries = {r["cameo_iso3_code"] for r in read_tsv(os.path.join(SHARED, "eval", "cameo_country_codes.tsv"))}
    countries |= {"XKX"}  # the coder's Kosovo code (CAMEO list spells it KSV)
    # the coder's own country codes (territories the CAMEO list lacks, e.g. GIB for Gibraltar)
    with open(os.path.join(REPO, "entente-core", "src", "main", "resources", "actors", "countries.tsv"),
              encoding="utf-8") as f:
        countries |= {ln.split("\t")[1] for ln in f
                      if not ln.startswith(("#", "names\t")) and ln.count("\t") >= 1 and len(ln.split("\t")[1]) == 3}
    types = {r["code"] for r in read_tsv(os.path.join(SHARED, "eval", "cameo_actor_types.tsv"))}
    types |= {"PRE"}  # the coder's presidency role (organisations.tsv: UKRPRE)
    recs = load_pool(a.corpus, {int(u["line"]) for u in units.values()})
    chk = Checker(units, recs, codes, countries, types)
    for path in files:
        labs = chk.check_file(path)
        report(path, labs, units)
    if chk.errors:
        print(f"check.py: {chk.errors} error(s)", file=sys.stderr)
        sys.exit(1)
    print("check.py: all label files valid")


if __name__ == "__main__":
    main()
