#!/usr/bin/env python3
"""Why same-cluster articles are not linked, and what the wrong links are: counts only, no text.

Reads the corpus (only the `id` and `event_cluster` fields of labelled lines) and the event mentions of a store that
holds those articles (`./entente export --db DIR --format csv --table mentions MENTIONS.csv`; its `event_id` says
which event each mention was resolved into). Two articles are linked when they share an event (as
`./entente eval --resolution` counts).

Each gold pair (two articles of one cluster) that is not linked gets the first category, in this order, that some
pair of their mentions falls in:
  no event          one of the two articles has no coded event mention
  same key          same root, modality, history flag, sides (either way for roots 03-06), dates <= 3 days apart:
                    compared by resolution, but the evidence fell short (split by same / other full code)
  one side missing  as `same key`, but one report leaves a side out (no target) that the other names
  swapped           as `same key`, but source and target swapped on a root that is not symmetric
  one side other    one side the same, the other a different actor
  date gap          same key but more than 3 days apart
  modality          same root and sides, other modality or history flag
  other root        same sides (either way), another CAMEO root
  other actors      same root, no side in common
  nothing           none of these
Linked pairs that are not gold (wrong links) are counted by what the joining reports' stored `resolution` says, and
the joining reports behind them by the clause of the rule that merged each (scripts/resolution_reasons.py), whether
it shared two act words or fewer, and whether the dates differed.
Usage: scripts/resolution-pairs.py CORPUS.jsonl MENTIONS.csv
"""
import collections
import csv
import datetime
import itertools
import json
import sys

from resolution_reasons import clause, evidence

csv.field_size_limit(10**9)
SYMMETRIC = {"03", "04", "05", "06"}
ORDER = ["same key, same code", "same key, other code", "one side missing", "swapped", "one side other",
         "date gap", "modality", "other root", "other actors", "nothing"]


def category(x, y):
    """The closest relation of two mentions (an index into ORDER)."""
    near = x["date"] is None or y["date"] is None or abs((x["date"] - y["date"]).days) <= 3
    same_block = (x["root"], x["modality"], x["historical"]) == (y["root"], y["modality"], y["historical"])
    s1, t1, s2, t2 = x["src"], x["tgt"], y["src"], y["tgt"]
    same_sides = (s1, t1) == (s2, t2) or (x["root"] in SYMMETRIC and (s1, t1) == (t2, s2))
    swapped = (s1, t1) == (t2, s2)
    shared = {s for s in (s1, t1) if s} & {s for s in (s2, t2) if s}
    missing = bool(shared) and ((t1 is None) != (t2 is None) or (s1 is None) != (s2 is None))
    if same_block and near and same_sides:
        return 0 if x["code"] == y["code"] else 1
    if same_block and near and missing:
        return 2
    if same_block and near and swapped:
        return 3
    if same_block and near and shared:
        return 4
    if same_block and same_sides:
        return 5
    if x["root"] == y["root"] and same_sides:
        return 6
    if same_sides or swapped:
        return 7
    if x["root"] == y["root"]:
        return 8
    return 9


def main(corpus, mentions):
    cluster = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if '"event_cluster"' not in line:
                continue
            d = json.loads(line)
            if d.get("event_cluster"):
                cluster[d["id"]] = d["event_cluster"]
    by = collections.defaultdict(list)
    events = collections.defaultdict(set)
    reasons = collections.defaultdict(list)
    with open(mentions, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            m = {"root": r["root"], "modality": r["modality"], "historical": r["historical"], "code": r["code"],
                 "src": r["source_country"] or r["source"] or None, "tgt": r["target_country"] or r["target"] or None,
                 "date": datetime.date.fromisoformat(r["date"]) if r["date"] else None}
            by[r["article"]].append(m)
            events[r["article"]].add(r["event_id"])
            if r.get("resolution", "").startswith("another article"):
                reasons[r["event_id"]].append(r["resolution"])
    names = sorted(cluster)
    missed = collections.Counter()
    gold = linked = right = 0
    wrong = collections.Counter()
    wrong_clause = collections.Counter()
    for a, b in itertools.combinations(names, 2):
        same = cluster[a] == cluster[b]
        shared = events[a] & events[b]
        gold += same
        linked += bool(shared)
        right += bool(shared) and same
        if same and not shared:
            if not by[a] or not by[b]:
                missed["no event"] += 1
            else:
                missed[ORDER[min(category(x, y) for x in by[a] for y in by[b])]] += 1
        if shared and not same:
            why = [w for e in shared for w in reasons[e]]
            tags = sorted({t for w in why for t in ("same code", "other code", "one side unreported",
                                                   "direction reversed") if t in w})
            wrong[", ".join(tags) or "no stored reason"] += 1
            # the clause of each joining report, how many act words it shared, and whether the dates differed
            for w in why:
                e = evidence(w)
                wrong_clause[(clause(w), "<=2 shared words" if e["shared_words"] <= 2 else ">=3 shared words",
                              "dates unknown" if "dates unknown" in w else
                              "same day" if e["days"] == 0 else "days apart")] += 1
    print(f"labelled articles {len(names)}, gold pairs {gold}, linked {linked}, right {right}: "
          f"precision {right / max(linked, 1):.3f}, recall {right / max(gold, 1):.3f}")
    print("gold pairs not linked, by the closest relation of their mentions:")
    for k in ["no event"] + ORDER:
        print(f"  {k:22s} {missed[k]:5d}")
    print("wrong links, by what the joining reports' stored reasons say:")
    for k, n in wrong.most_common():
        print(f"  {k:40s} {n:5d}")
    print("joining reports behind the wrong links, by clause (scripts/resolution_reasons.py), shared act words, days:")
    for k, n in wrong_clause.most_common():
        print(f"  {', '.join(k):60s} {n:5d}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
