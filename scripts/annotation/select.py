#!/usr/bin/env python3
"""Choose the units of the team's annotated real-news set, deterministically, from the development pool.

Writes annotations/units.tsv: unit, line, article id, kind (article | short), lead (sentences of a short
report), annotator (A | B), split (train | dev | test), and whether the unit is in the 30-article
agreement overlap (both annotators label it). Only lines 1-3000 of articles.jsonl are read.

Whole articles: across outlets, years and topics with political content (wire articles and BBC
politics/business/world items that mention a state). Short reports: the first one to three sentences of
wire articles not chosen whole, most about conflict, protest or arrest (keyword filter on the lead),
some deliberately not political (disasters, crime, business) to measure events coded where none exist.

The split is a hash of the article id (stable under re-selection): articles 50/25/25 train/dev/test,
short reports 40/20/40. The test split is frozen once labelled: it is only reported, never tuned on.
"""
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from show import DEFAULT_CORPUS, POOL, sentences  # noqa: E402

SEED = 20261207
N_ARTICLES, N_SHORT, N_SHORT_NONPOL, N_OVERLAP = 300, 300, 60, 30
CONFLICT = re.compile(r"\b(attack\w*|kill\w*|clash\w*|protest\w*|demonstrat\w*|arrest\w*|detain\w*|bomb\w*|"
                      r"troops?|soldiers?|rebels?|militants?|gunmen|police|riot\w*|shell\w*|fight\w*|"
                      r"raid\w*|strike[sd]?|sanction\w*|threat\w*|warn\w*|condemn\w*|accus\w*|seiz\w*|"
                      r"expel\w*|ceasefire|hostage\w*|assassinat\w*|coup|insurgen\w*|guerrill\w*)\b", re.I)
NONPOL = re.compile(r"\b(earthquake|flood\w*|storm|typhoon|hurricane|cyclone|fire|crash\w*|accident|"
                    r"murder\w*|robber\w*|profit\w*|shares|market|stock\w*|disease|virus|outbreak)\b", re.I)


def bucket(article_id, cuts):
    h = int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) % 100
    for name, upto in cuts:
        if h < upto:
            return name
    return cuts[-1][0]


def leads(records):
    """(conflict, non-political) short-report candidates among (line, record) pairs, in their order: the first one to
    three sentences of each, as (line, record, sentences), with a conflict, protest or arrest word in the lead, or
    else a disaster, crime or business word in the lead of an article not flagged political."""
    conflict, nonpol = [], []
    for i, r in records:
        lead = sentences(r["text"])[:3]
        head = r["text"][:lead[-1][1]] if lead else ""
        if CONFLICT.search(head):
            conflict.append((i, r, len(lead)))
        elif NONPOL.search(head) and not r.get("political"):
            nonpol.append((i, r, len(lead)))
    return conflict, nonpol


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "annotations/units.tsv"
    recs = []
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break
            recs.append((i, json.loads(line)))
    rng = random.Random(SEED)
    wire = [(i, r) for i, r in recs if r["set"] == "gigaword_te3_silver"]
    bbc = [(i, r) for i, r in recs if r["set"] != "gigaword_te3_silver"]
    wire_pol = [x for x in wire if x[1].get("political") and len(x[1]["text"]) >= 600]
    bbc_pol = [x for x in bbc if x[1].get("topic") in ("politics", "business", "tech", "entertainment")
               and x[1].get("political")]
    rng.shuffle(wire_pol)
    rng.shuffle(bbc_pol)
    articles = wire_pol[:180] + bbc_pol[:120]
    articles = articles[:N_ARTICLES]
    chosen = {r["id"] for _, r in articles}
    rest = [x for x in wire if x[1]["id"] not in chosen]
    rng.shuffle(rest)
    conflict, nonpol = leads(rest)
    shorts = conflict[:N_SHORT - N_SHORT_NONPOL] + nonpol[:N_SHORT_NONPOL]
    if len(shorts) < N_SHORT:  # too few wire leads: fill with the leads of BBC politics items
        extra = [x for x in bbc_pol[120:] if x[1]["id"] not in chosen]
        shorts += [(i, r, min(3, len(sentences(r["text"])))) for i, r in extra[:N_SHORT - len(shorts)]]
    rows = []
    overlap = {r["id"] for _, r in sorted(articles, key=lambda x: x[0])[::10][:N_OVERLAP]}
    for k, (i, r) in enumerate(sorted(articles, key=lambda x: x[0])):
        split = bucket(r["id"], [("train", 50), ("dev", 75), ("test", 100)])
        rows.append((f"a{i}", i, r["id"], "article", 0, "A" if k % 2 == 0 else "B", split,
                     "yes" if r["id"] in overlap else "no"))
    for k, (i, r, n) in enumerate(sorted(shorts, key=lambda x: x[0])):
        split = bucket(r["id"], [("train", 40), ("dev", 60), ("test", 100)])
        rows.append((f"s{i}", i, r["id"], "short", n, "A" if k % 2 == 0 else "B", split, "no"))
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("unit\tline\tid\tkind\tlead\tannotator\tsplit\toverlap\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    from collections import Counter
    print(Counter((r[3], r[6]) for r in rows), Counter((r[3], r[5]) for r in rows), file=sys.stderr)


if __name__ == "__main__":
    main()
