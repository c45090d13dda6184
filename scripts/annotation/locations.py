#!/usr/bin/env python3
"""Event-location labels for the team's short reports (annotations/locations.jsonl), and the coder's score on them.

Usage:
  locations.py add < blocks.txt         append labels (a unit already in the file is refused)
  locations.py corpus BASE.jsonl NEW.jsonl [--sample N] [--seed S]
                                        two `./entente code` outputs of the corpus: events with a location, with a
                                        place, with coordinates, and by the rule that placed them; the events whose
                                        location changed, and a fixed-seed sample of N of them drawn only from the
                                        development pool (lines 1-3000), printed for judging (ids and labels only go
                                        into the repo)
  locations.py score SPLIT [--json] [--entente DIR]
                                        code the split's labelled short reports with ./entente and score locations
                                        (SPLIT: train, dev, train+dev or test; test is frozen: report, never tune)

Block format (blank lines and lines starting with # are skipped):
  @UNIT                                 a short-report unit of units.tsv
  K PLACE | COUNTRY [# note]            sentence K (as `add.py show` numbers it) holds labelled events; where they
                                        happened as the unit's text says: PLACE the narrowest named place (city,
                                        town, district, province) or -, COUNTRY its alpha-3 or - (both - when the
                                        text names no place for them; a country alone when it names only that)
Every sentence of the unit that starts a labelled event (labels-A/B.jsonl) must have a line.

A label line of locations.jsonl: {"unit", "line", "id", "split", "sentence": [s, e], "place", "country", "note"?};
offsets are into the article's text field, as in the event labels.

Scoring: every coder event whose sentence overlaps a labelled sentence is scored against its label.
  filled  = events with a location / events whose label names a place or country
  right   = filled events whose location matches the label / filled events; a location matches when its country
            equals the label's and, when the label names a place, its place names the same one (case, accents,
            spaces and hyphens ignored; "Gaza" matches "Gaza Strip"); a country-only label wants a country-only
            location (a city the text does not give is wrong)
  spurious = events with a location where the label says the text names none
"""
import os
import sys

# this folder has a select.py, which would shadow the standard module subprocess needs: import that first
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
import subprocess  # noqa: E402
import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import tempfile  # noqa: E402
import unicodedata  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from add import units_and_texts, extent_spans  # noqa: E402
from check import read_tsv, REPO  # noqa: E402

OUT = os.path.join(REPO, "annotations", "locations.jsonl")
LABEL_FILES = ("labels-A.jsonl", "labels-B.jsonl")


def event_sentences():
    """unit -> set of sentence start offsets that begin a labelled event."""
    starts = collections.defaultdict(set)
    for name in LABEL_FILES:
        with open(os.path.join(REPO, "annotations", name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    lab = json.loads(line)
                    for ev in lab["events"]:
                        starts[lab["unit"]].add(ev["sentence"][0])
    return starts


def parse(stream):
    blocks, cur = [], None
    for n, raw in enumerate(stream, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            cur = {"unit": line[1:].strip(), "lines": []}
            blocks.append(cur)
            continue
        m = re.fullmatch(r"(\d+)\s+(.+?)\s*\|\s*([A-Z]{3}|-)\s*(?:#\s*(.*))?", line)
        if cur is None or not m:
            sys.exit(f"line {n}: expected '@UNIT' or 'K PLACE | COUNTRY [# note]': {line}")
        place = m.group(2).strip()
        cur["lines"].append((int(m.group(1)), None if place == "-" else place,
                             None if m.group(3) == "-" else m.group(3), m.group(4)))
    return blocks


def add():
    blocks = parse(sys.stdin)
    done = set()
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            done = {json.loads(x)["unit"] for x in f if x.strip()}
    units, texts = units_and_texts([b["unit"] for b in blocks])
    starts = event_sentences()
    out = []
    for b in blocks:
        uid = b["unit"]
        if uid in done:
            sys.exit(f"@{uid}: already labelled in {OUT}")
        u = units[uid]
        if u["kind"] != "short":
            sys.exit(f"@{uid}: not a short report")
        rec = texts[int(u["line"])]
        spans = extent_spans(u, rec["text"])
        labelled = set()
        for k, place, country, note in b["lines"]:
            if k >= len(spans):
                sys.exit(f"@{uid}: no sentence {k}")
            s, e = spans[k]
            if s not in starts[uid]:
                sys.exit(f"@{uid}: sentence {k} starts no labelled event")
            if place and not country:
                sys.exit(f"@{uid}: sentence {k}: a place needs its country")
            labelled.add(s)
            row = {"unit": uid, "line": int(u["line"]), "id": u["id"], "split": u["split"], "sentence": [s, e],
                   "place": place, "country": country}
            if note:
                row["note"] = note
            out.append(row)
        missing = starts[uid] - labelled
        if missing:
            sys.exit(f"@{uid}: sentences starting at {sorted(missing)} hold events but have no location line")
    with open(OUT, "a", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} sentence labels in {len(blocks)} units appended to {OUT}", file=sys.stderr)


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]", "", s)


def matches(loc, label):
    if loc is None or loc.get("country") != label["country"]:
        return False
    if label["place"] is None:
        return loc.get("place") is None
    if loc.get("place") is None:
        return False
    a, b = norm(loc["place"]), norm(label["place"])
    return a == b or a in b or b in a


def score(split, as_json, show=False, entente_dir=REPO):
    if show and split == "test":
        sys.exit("the test split is frozen: its misses are not shown (report the figures only)")
    splits = {"train+dev": {"train", "dev"}}.get(split, {split})
    with open(OUT, encoding="utf-8") as f:
        labels = [x for x in (json.loads(l) for l in f if l.strip()) if x["split"] in splits]
    if not labels:
        sys.exit(f"no location labels for split {split}")
    by_unit = collections.defaultdict(list)
    for lab in labels:
        by_unit[lab["unit"]].append(lab)
    units, texts = units_and_texts(list(by_unit))
    offsets = {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for uid in by_unit:
            u = units[uid]
            rec = texts[int(u["line"])]
            spans = extent_spans(u, rec["text"])
            start, end = spans[0][0], spans[-1][1]
            offsets[uid] = start
            tmp.write(json.dumps({"id": uid, "text": rec["text"][start:end], "date": rec.get("date"),
                                  "title": rec.get("title")}) + "\n")
    try:
        run = subprocess.run([os.path.join(entente_dir, "entente"), "code", "--input-format", "jsonl", tmp.name],
                             capture_output=True, text=True, cwd=entente_dir)
    finally:
        os.unlink(tmp.name)
    if run.returncode not in (0, 1):
        sys.exit(f"entente code failed ({run.returncode}): {run.stderr[-2000:]}")
    n = collections.Counter()
    for line in run.stdout.splitlines():
        ev = json.loads(line)
        uid = ev["article"]
        s, e = ev["span"][0] + offsets[uid], ev["span"][1] + offsets[uid]
        best, overlap = None, 0
        for lab in by_unit.get(uid, ()):
            o = min(e, lab["sentence"][1]) - max(s, lab["sentence"][0])
            if o > overlap:
                best, overlap = lab, o
        if best is None:
            continue
        loc = ev.get("location")
        n["events"] += 1
        if show and (best["country"] is not None or loc is not None) and not (loc and matches(loc, best)):
            print(f"{uid} [{best['sentence'][0]}] {ev['source']} {ev['target']} {ev['code']}: label "
                  f"{best['place']}|{best['country']} coder {loc and (loc.get('place'), loc.get('country'))}"
                  f"  {ev['text'][:150]}", file=sys.stderr)
        if best["country"] is None:
            n["gold_none"] += 1
            n["spurious"] += loc is not None
            continue
        n["gold_located"] += 1
        if loc is not None:
            n["filled"] += 1
            n["right"] += matches(loc, best)
            n["country_right"] += loc.get("country") == best["country"]
            n["with_coordinates"] += loc.get("lat") is not None
    res = {"split": split, "units": len(by_unit), "label_sentences": len(labels), "coder_events": n["events"],
           "events_label_located": n["gold_located"], "filled": n["filled"], "right": n["right"],
           "country_right": n["country_right"], "with_coordinates": n["with_coordinates"],
           "events_label_none": n["gold_none"], "spurious": n["spurious"],
           "filled_rate": round(n["filled"] / n["gold_located"], 3) if n["gold_located"] else None,
           "right_rate": round(n["right"] / n["filled"], 3) if n["filled"] else None,
           "country_right_rate": round(n["country_right"] / n["filled"], 3) if n["filled"] else None}
    if as_json:
        print(json.dumps(res))
    else:
        print(f"split {split}: {res['units']} units, {res['coder_events']} coder events in labelled sentences")
        print(f"  label names a place or country: {res['events_label_located']} events; filled {res['filled']}"
              f" ({res['filled_rate']}), right {res['right']} ({res['right_rate']} of filled),"
              f" country right {res['country_right']} ({res['country_right_rate']}),"
              f" with coordinates {res['with_coordinates']}")
        print(f"  label names no place: {res['events_label_none']} events; given a location anyway {res['spurious']}")


def corpus_counts(path):
    n = collections.Counter()
    events = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            loc = e.get("location")
            n["events"] += 1
            if loc:
                n["with_location"] += 1
                n["with_place"] += loc.get("place") is not None
                n["with_coordinates"] += loc.get("lat") is not None
                n["country_only"] += loc.get("place") is None
                n["place_without_country"] += loc.get("country") is None
                how = [r for r in e.get("rules", []) if r in ("locate-nearby", "locate-dateline")]
                n["by_" + (how[0] if how else "clause")] += 1
            events[(e["article"], e["sentence"], e["source"], e["target"], e["code"], e["modality"])] = e
    return n, events


def corpus(base, new, sample, seed):
    import random
    nb, eb = corpus_counts(base)
    nn, en = corpus_counts(new)
    print(f"{'':24}{'base':>8}{'new':>8}")
    for k in ("events", "with_location", "with_place", "with_coordinates", "country_only", "place_without_country",
              "by_clause", "by_locate-nearby", "by_locate-dateline"):
        print(f"{k:24}{nb[k]:>8}{nn[k]:>8}")
    both = [k for k in eb if k in en]
    changed = [k for k in both if eb[k].get("location") != en[k].get("location")]
    print(f"events in both: {len(both)}; location changed: {len(changed)} (given {sum(1 for k in changed if not eb[k].get('location'))},"
          f" taken away {sum(1 for k in changed if not en[k].get('location'))},"
          f" replaced {sum(1 for k in changed if eb[k].get('location') and en[k].get('location'))})")
    if not sample:
        return
    pool = set()
    with open(os.path.join(REPO, "..", "shared", "corpus", "articles.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > 3000:
                break
            pool.add(json.loads(line)["id"])
    inpool = sorted((k for k in changed if k[0] in pool), key=str)
    random.Random(seed).shuffle(inpool)
    print(f"changed in the development pool: {len(inpool)}; sample of {min(sample, len(inpool))}:")
    short = lambda loc: loc and (loc.get("place"), loc.get("country"), loc.get("lat") is not None)
    for k in inpool[:sample]:
        b, a = eb[k], en[k]
        print(f"{k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}\t{short(b.get('location'))} -> {short(a.get('location'))}"
              f"\t{a.get('rules')}\n    {a['text'][:300]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("add")
    sc = sub.add_parser("score")
    sc.add_argument("split", choices=["train", "dev", "train+dev", "test"])
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--show", action="store_true", help="print each miss (train and dev only)")
    sc.add_argument("--entente", default=REPO, help="the checkout whose ./entente codes (e.g. an earlier revision)")
    co = sub.add_parser("corpus")
    co.add_argument("base")
    co.add_argument("new")
    co.add_argument("--sample", type=int, default=0)
    co.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    if a.cmd == "corpus":
        corpus(a.base, a.new, a.sample, a.seed)
    elif a.cmd == "add":
        add()
    else:
        score(a.split, a.json, a.show, os.path.abspath(a.entente))


if __name__ == "__main__":
    main()
