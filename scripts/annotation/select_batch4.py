#!/usr/bin/env python3
"""Choose the fourth batch of the team's annotated set (annotator E) and append it to annotations/units.tsv.

Purpose (issue 14 §1-2): more *political* short reports -- conflict, protest, arrest, attack, threat, demand and
diplomatic leads -- in the train split, because batches 1-3 left the short-report measures resting on few of them
(batch 2's short reports were nearly all non-political).

Where they come from. Batches 1 and 2 already took every wire (Gigaword) article of lines 1-3000 whose lead has a
conflict word, so this batch draws from the articles no batch has taken, which are BBC items. The "lead" of a short
report is, as in batch 1's BBC fill, the first three sentences as show.py splits them (headline plus the opening
one or two sentences). Sport items are left out unless the corpus flags them political: their "attack", "strike"
and "fight" are word senses, not events.

How they are ranked: a simple keyword scorer on the lead, no learned model. Each distinct word that matches adds its
weight: conflict, protest, arrest, legal and coercive acts (CONFLICT_ACTS below, 2 each) and political actors or
diplomatic and verbal acts (DIPLOMATIC, 1 each); the corpus's own `political` flag adds 2. Leads scoring at least 3
are candidates; they are ordered by score, ties broken by a seeded shuffle (seed 20261209), and at most N_SHORT
taken. The pool is nearly exhausted by batches 1-3: 126 leads qualify (fewer than the 150 aimed for; lowering the
bar to 2 would fill up with market reports). The scorer only says "likely political": the label decides (an empty
events list is a non-political report).

Whole articles: N_ARTICLES more, the highest-scoring remaining items by the same scorer over the whole text, among
wire articles and BBC politics and business items not already chosen as a short report. The corpus's `political`
flag is not required here: it misses some conflict reports (a wire report on a press crackdown is flagged
non-political), and a per-length score would favour short market reports.

Split: train / dev only, about 75 / 25, by the same hash of the article id as select.py (select.bucket), never
test, so the frozen test split stays exactly batch 1's. Annotator "E". Re-running is a no-op once the batch is in.
"""
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
from select import bucket  # noqa: E402  (this folder's select.py, not the standard module)
from show import DEFAULT_CORPUS, POOL, sentences  # noqa: E402

SEED = 20261209
N_SHORT, N_ARTICLES, LEAD = 150, 20, 3
ANNOTATOR = "E"
SPLIT = [("train", 75), ("dev", 100)]
# Acts between actors: conflict, protest, arrest, legal and coercive words. Words with a common business or sport
# sense ("warn", "demand", "strike", "fight", "war") are left out: in BBC business leads they mostly mean markets.
CONFLICT_ACTS = re.compile(r"\b(attack\w*|kill\w*|clash\w*|protest\w*|demonstrat\w*|arrest\w*|detain\w*|bomb\w*|"
                           r"troops?|soldiers?|rebels?|militants?|gunmen|police|riot\w*|raid\w*|sanction\w*|"
                           r"threat\w*|condemn\w*|accus\w*|seiz\w*|expel\w*|hostage\w*|assassinat\w*|jail\w*|"
                           r"terror\w*|deport\w*|extradit\w*|boycott\w*|banned|charged|prosecut\w*|sued?)\b", re.I)
# Political actors and diplomatic or verbal acts.
DIPLOMATIC = re.compile(r"\b(talks|summit\w*|visit\w*|treaty|embass\w*|ambassador\w*|diplomat\w*|envoy\w*|"
                        r"negotiat\w*|urg\w*|call(?:ed|s)? on|reject\w*|refus\w*|criticis\w*|minister\w*|"
                        r"government|president|parliament|MPs?|court|UN|Nato|EU|Iraq|Iran|China|Russia)\b")


def score(text):
    """Keyword score of a stretch of text: 2 per distinct conflict-act word, 1 per distinct actor/diplomatic word."""
    conflict = {m.group(0).lower() for m in CONFLICT_ACTS.finditer(text)}
    diplomatic = {m.group(0).lower() for m in DIPLOMATIC.finditer(text)}
    return 2 * len(conflict) + len(diplomatic)


def main():
    units = sys.argv[1] if len(sys.argv) > 1 else "annotations/units.tsv"
    with open(units, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    if any(r[5] == ANNOTATOR for r in rows[1:]):
        print("batch 4 already in " + units, file=sys.stderr)
        return
    taken = {r[2] for r in rows[1:]}
    recs = []
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break  # the development pool only
            r = json.loads(line)
            if r["id"] not in taken and (r.get("topic") != "sport" or r.get("political")):
                recs.append((i, r))
    rng = random.Random(SEED)
    rng.shuffle(recs)
    shorts = []
    for i, r in recs:
        lead = sentences(r["text"])[:LEAD]
        head = r["text"][:lead[-1][1]] if lead else ""
        s = score(head) + (2 if r.get("political") else 0)
        if s >= 3:
            shorts.append((s, i, r, len(lead)))
    shorts.sort(key=lambda x: -x[0])  # stable: the seeded order breaks ties
    shorts = shorts[:N_SHORT]
    chosen = {r["id"] for _, _, r, _ in shorts}
    whole = [(score(r["text"]), i, r) for i, r in recs
             if r["id"] not in chosen and r.get("topic") in (None, "politics", "business")]
    whole.sort(key=lambda x: -x[0])  # stable: the seeded order breaks ties
    articles = whole[:N_ARTICLES]
    new = []
    for _, i, r in sorted(articles, key=lambda x: x[1]):
        new.append((f"a{i}", i, r["id"], "article", 0, ANNOTATOR, bucket(r["id"], SPLIT), "no"))
    for _, i, r, n in sorted(shorts, key=lambda x: x[1]):
        new.append((f"s{i}", i, r["id"], "short", n, ANNOTATOR, bucket(r["id"], SPLIT), "no"))
    with open(units, "a", encoding="utf-8") as f:
        for row in new:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(Counter((r[3], r[6]) for r in new), file=sys.stderr)


if __name__ == "__main__":
    main()
