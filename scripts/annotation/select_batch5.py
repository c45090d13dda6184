#!/usr/bin/env python3
"""Choose the fifth batch of the team's annotated set (annotator F) and append it to annotations/units.tsv.

Purpose (issue 14 §1-2): more *train* labels for the learned filter and proposer, whose operating point moves with
single events. Every unit of this batch is split `train`: none goes to dev or test, so the dev figures stay
comparable with earlier sessions and the frozen test split stays exactly batch 1's.

Where they come from: the articles of lines 1-3000 that no earlier batch uses (batches 1-4 took every wire article
with a conflict word in its lead and most BBC politics items). Sport is left out. Texts longer than MAX_CHARS are
left out too, so that one annotator can read every chosen unit in full.

How they are ranked: the keyword scorer of select_batch4.py (2 per distinct conflict, protest, arrest, legal or
coercive word, 1 per distinct political actor or diplomatic word), plus 2 for the corpus's `political` flag. Within
each stratum below, candidates are ordered by score, ties broken by a seeded shuffle (seed 20261210).

Strata (weighted toward politics, diplomacy and conflict, spread over outlets, years and topics):
- short reports (the lead: the first three sentences as show.py splits them), lead score at least 2: every wire
  (AFP) lead that qualifies, then BBC politics, then BBC business/tech/entertainment leads, up to N_SHORT;
- whole articles, scored over the whole text, from what is left: BBC politics, AFP by year (1997, 2005, 2006),
  BBC business, tech and entertainment, with the quotas in ARTICLE_QUOTA.

Order and --limit: the chosen units are written in a labelling order (articles and short reports interleaved
by rank: two articles, then one short report). `--limit N` appends only the first N of that order: the
annotator labels in this order, and the batch in units.tsv is exactly `select_batch5.py --limit N` for the N
labelled. Annotator "F". Re-running is a no-op once the batch is in.
"""
import argparse
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
from select_batch4 import score  # noqa: E402
from show import DEFAULT_CORPUS, POOL, sentences  # noqa: E402

SEED = 20261210
ANNOTATOR = "F"
SPLIT = "train"
LEAD = 3
MAX_CHARS = 4000
N_SHORT = 50
SHORT_ORDER = [("AFP", None), ("BBC", "politics"), ("BBC", "business"), ("BBC", "tech"), ("BBC", "entertainment")]
ARTICLE_QUOTA = [(("BBC", "politics", None), 34), (("AFP", None, "1997"), 16), (("AFP", None, "2005"), 16),
                 (("AFP", None, "2006"), 16), (("BBC", "business", None), 10), (("BBC", "tech", None), 4),
                 (("BBC", "entertainment", None), 4)]


def stratum(r):
    outlet = "AFP" if r["outlet"].startswith("Agence") else "BBC"
    year = (r.get("date") or "")[:4] if outlet == "AFP" else None
    return outlet, r.get("topic"), year


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("units", nargs="?", default="annotations/units.tsv")
    ap.add_argument("--limit", type=int, default=None, help="append only the first N units of the labelling order")
    ap.add_argument("--dry-run", action="store_true", help="print the order, append nothing")
    args = ap.parse_args()
    with open(args.units, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    if any(r[5] == ANNOTATOR for r in rows[1:]) and not args.dry_run:
        print("batch 5 already in " + args.units, file=sys.stderr)
        return
    taken = {r[2] for r in rows[1:]}
    recs = []
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break  # the development pool only
            r = json.loads(line)
            if r["id"] not in taken and r.get("topic") != "sport" and len(r["text"]) <= MAX_CHARS:
                recs.append((i, r))
    rng = random.Random(SEED)
    rng.shuffle(recs)
    flag = {i: (2 if r.get("political") else 0) for i, r in recs}

    shorts = []
    for outlet, topic in SHORT_ORDER:
        cands = []
        for i, r in recs:
            st = stratum(r)
            if (st[0], st[1]) != (outlet, topic):
                continue
            lead = sentences(r["text"])[:LEAD]
            s = score(r["text"][:lead[-1][1]]) + flag[i] if lead else 0
            if s >= 2:
                cands.append((s, i, r, len(lead)))
        cands.sort(key=lambda x: -x[0])  # stable: the seeded order breaks ties
        shorts.extend(cands[:N_SHORT - len(shorts)])
    chosen = {r["id"] for _, _, r, _ in shorts}

    articles = []
    for (outlet, topic, year), quota in ARTICLE_QUOTA:
        cands = [(score(r["text"]) + flag[i], i, r) for i, r in recs
                 if r["id"] not in chosen and stratum(r) == (outlet, topic, year)]
        cands.sort(key=lambda x: -x[0])
        articles.append(cands[:quota])
    # rank-interleave the article strata, so a prefix of the order keeps the mix
    arts = []
    for k in range(max(len(a) for a in articles)):
        arts.extend(a[k] for a in articles if k < len(a))

    order, ai, si = [], 0, 0
    while ai < len(arts) or si < len(shorts):
        for _ in range(2):
            if ai < len(arts):
                _, i, r = arts[ai]
                order.append((f"a{i}", i, r["id"], "article", 0))
                ai += 1
        if si < len(shorts):
            _, i, r, n = shorts[si]
            order.append((f"s{i}", i, r["id"], "short", n))
            si += 1
    if args.limit is not None:
        order = order[:args.limit]
    new = [(u, i, rid, kind, lead, ANNOTATOR, SPLIT, "no") for u, i, rid, kind, lead in order]
    if args.dry_run:
        for row in new:
            print("\t".join(str(x) for x in row))
    else:
        with open(args.units, "a", encoding="utf-8") as f:
            for row in new:
                f.write("\t".join(str(x) for x in row) + "\n")
    print(Counter(r[3] for r in new), file=sys.stderr)


if __name__ == "__main__":
    main()
