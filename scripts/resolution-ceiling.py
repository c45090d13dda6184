#!/usr/bin/env python3
"""How much of the labelled-cluster recall any resolution could reach, given the coded event mentions.

Reads the corpus (only the `id` and `event_cluster` fields of labelled lines) and the event mentions of a store
that holds those articles, exported with
    ./entente export --db DIR --format csv --table mentions MENTIONS.csv
and counts, over all pairs of labelled articles, the pairs that COULD be linked under looser and looser blocking:
  key      a mention of each with the same root, modality, history flag, (source, target) side (either way for
           roots 03-06) and dates at most 3 days apart: what Entente's resolution can ever merge
  oneside  the same, but sharing only one side
  root     any two mentions with the same CAMEO root
  any      both articles have at least one coded mention
For each: gold pairs, linkable pairs, linkable gold pairs, the recall ceiling and the precision if all were linked,
and how many of the linkable gold pairs the store's resolution did link (they share an `event_id`): its recall
measured against that ceiling.
Usage: scripts/resolution-ceiling.py CORPUS.jsonl MENTIONS.csv
"""
import collections
import csv
import datetime
import itertools
import json
import sys

csv.field_size_limit(10**9)
SYMMETRIC = {"03", "04", "05", "06"}


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
    with open(mentions, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            events[r["article"]].add(r["event_id"])
            date = datetime.date.fromisoformat(r["date"]) if r["date"] else None
            by[r["article"]].append((r["root"], r["modality"], r["historical"], r["source_country"] or r["source"],
                                     r["target_country"] or r["target"], date))

    def compatible(x, y, level):
        if level == "root":
            return x[0] == y[0]
        if x[:3] != y[:3] or (x[5] and y[5] and abs((x[5] - y[5]).days) > 3):
            return False
        if level == "key":
            return (x[3], x[4]) == (y[3], y[4]) or (x[0] in SYMMETRIC and (x[3], x[4]) == (y[4], y[3]))
        return bool((x[3] and x[3] in (y[3], y[4])) or (x[4] and x[4] in (y[3], y[4])))

    names = sorted(cluster)
    print(f"labelled articles {len(names)}, clusters {len(set(cluster.values()))}, "
          f"articles without any coded event mention {sum(1 for n in names if not by[n])}")
    for level in ["key", "oneside", "root", "any"]:
        gold = linkable = both = linked = 0
        for a, b in itertools.combinations(names, 2):
            same = cluster[a] == cluster[b]
            if level == "any":
                link = bool(by[a] and by[b])
            else:
                link = any(compatible(x, y, level) for x in by[a] for y in by[b])
            gold += same
            linkable += link
            both += same and link
            linked += bool(same and link and events[a] & events[b])
        print(f"{level:8s} gold pairs {gold}, linkable {linkable}, linkable gold {both}: recall ceiling "
              f"{both / gold:.3f}, precision if all linked {both / max(linkable, 1):.3f}; linked by the store "
              f"{linked}, recall against the ceiling {linked / max(both, 1):.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
