#!/usr/bin/env python3
"""Choose the second batch of the team's annotated set and append it to annotations/units.tsv.

The first batch (select.py) holds the frozen test split. This batch adds training and tuning data only: its
units are split train / dev (70 / 30, by the same hash of the article id), never test, so the frozen test split
stays exactly what it was. Chosen deterministically (seed 20261208) from lines 1-3000 of articles.jsonl, among
articles the first batch did not take:
- whole articles: every remaining political wire article of at least 600 characters, then BBC items flagged
  political (politics, business, tech, entertainment) up to N_ARTICLES;
- short reports: the first one to three sentences of remaining wire articles, most with a conflict, protest or
  arrest word in the lead (select.CONFLICT), a fifth deliberately not political (select.NONPOL).
Annotator "C" labels them all (labels-C.jsonl). Re-running is a no-op once the batch is in units.tsv.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from select import bucket, leads  # noqa: E402  (this folder's select.py, not the standard module)
from show import DEFAULT_CORPUS, POOL  # noqa: E402
import json  # noqa: E402

SEED = 20261208
N_ARTICLES, N_SHORT, N_SHORT_NONPOL = 200, 200, 40
ANNOTATOR = "C"


def main():
    units = sys.argv[1] if len(sys.argv) > 1 else "annotations/units.tsv"
    with open(units, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    if any(r[5] == ANNOTATOR for r in rows[1:]):
        print("batch 2 already in " + units, file=sys.stderr)
        return
    taken = {r[2] for r in rows[1:]}
    recs = []
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break
            r = json.loads(line)
            if r["id"] not in taken:
                recs.append((i, r))
    rng = random.Random(SEED)
    wire = [(i, r) for i, r in recs if r["set"] == "gigaword_te3_silver"]
    wire_pol = [x for x in wire if x[1].get("political") and len(x[1]["text"]) >= 600]
    bbc_pol = [(i, r) for i, r in recs if r["set"] != "gigaword_te3_silver" and r.get("political")
               and r.get("topic") in ("politics", "business", "tech", "entertainment")]
    rng.shuffle(wire_pol)
    rng.shuffle(bbc_pol)
    articles = (wire_pol + bbc_pol)[:N_ARTICLES]
    chosen = {r["id"] for _, r in articles}
    rest = [x for x in wire if x[1]["id"] not in chosen]
    rng.shuffle(rest)
    conflict, nonpol = leads(rest)
    shorts = conflict[:N_SHORT - N_SHORT_NONPOL] + nonpol[:N_SHORT_NONPOL]
    new = []
    for i, r in sorted(articles, key=lambda x: x[0]):
        new.append((f"a{i}", i, r["id"], "article", 0, ANNOTATOR,
                    bucket(r["id"], [("train", 70), ("dev", 100)]), "no"))
    for i, r, n in sorted(shorts, key=lambda x: x[0]):
        new.append((f"s{i}", i, r["id"], "short", n, ANNOTATOR,
                    bucket(r["id"], [("train", 70), ("dev", 100)]), "no"))
    with open(units, "a", encoding="utf-8") as f:
        for row in new:
            f.write("\t".join(str(x) for x in row) + "\n")
    from collections import Counter
    print(Counter((r[3], r[6]) for r in new), file=sys.stderr)


if __name__ == "__main__":
    main()
