#!/usr/bin/env python3
"""Choose the third batch of the team's annotated set and append it to annotations/units.tsv.

Batches 1 (select.py) and 2 (select_batch2.py) took nearly every political wire article of the development pool.
This batch adds BBC items the others left, train / dev only (70 / 30 by the hash select.py uses; the frozen test
split is untouched), chosen deterministically (seed 20261209) from lines 1-3000 of articles.jsonl:
- 150 politics items, flagged political or not (UK domestic politics: parties, ministers, courts, the EU);
- 50 items of other topics (business 25, tech 10, entertainment 10, sport 5), most with no event between political
  actors: they teach and measure what the coder must NOT emit (a firm's results, a film, a match).
Annotator "D" labels them all (labels-D.jsonl). Re-running is a no-op once the batch is in units.tsv.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from select import bucket  # noqa: E402  (this folder's select.py, not the standard module)
from show import DEFAULT_CORPUS, POOL  # noqa: E402

SEED = 20261209
N_POLITICS = 150
OTHERS = {"business": 25, "tech": 10, "entertainment": 10, "sport": 5}
ANNOTATOR = "D"


def main():
    units = sys.argv[1] if len(sys.argv) > 1 else "annotations/units.tsv"
    with open(units, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    if any(r[5] == ANNOTATOR for r in rows[1:]):
        print("batch 3 already in " + units, file=sys.stderr)
        return
    taken = {r[2] for r in rows[1:]}
    by_topic = {}
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break
            r = json.loads(line)
            if r["id"] not in taken and r["set"] != "gigaword_te3_silver" and len(r["text"]) >= 300:
                by_topic.setdefault(r.get("topic"), []).append((i, r))
    rng = random.Random(SEED)
    chosen = []
    for topic, n in [("politics", N_POLITICS)] + sorted(OTHERS.items()):
        pool = sorted(by_topic.get(topic, []), key=lambda x: x[0])
        rng.shuffle(pool)
        chosen += pool[:n]
    with open(units, "a", encoding="utf-8") as f:
        for i, r in sorted(chosen, key=lambda x: x[0]):
            split = bucket(r["id"], [("train", 70), ("dev", 100)])
            f.write("\t".join(str(x) for x in (f"a{i}", i, r["id"], "article", 0, ANNOTATOR, split, "no")) + "\n")
    from collections import Counter
    print(Counter(split for split in (bucket(r["id"], [("train", 70), ("dev", 100)]) for _, r in chosen)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
