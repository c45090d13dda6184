#!/usr/bin/env python3
"""How many events carry a location in two outputs of `./entente code` on the same corpus, and a fixed-seed sample
of the events whose location changed, for judging by hand.

Usage: scripts/location-diff.py BASE.jsonl NEW.jsonl [--n 20] [--seed 2026] [--pool 3000]

Counts (whole input, and the development pool's articles): events, events with a location, of those with a named
place, with coordinates, country-only, and which rule placed them (locate-nearby, locate-dateline, the clause).
Events are keyed as scripts/diff-outputs.py keys them; the sample is drawn only from events present in both outputs
whose location differs, in articles of the development pool (the first --pool lines of
../shared/corpus/articles.jsonl), printed with their sentences to the terminal (never into the repo: a judged
file keeps keys and labels only).
"""
import argparse
import collections
import json
import os
import random

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "articles.jsonl")


def key(d):
    return (d["article"], d["sentence"], d["source"], d["target"], d["code"], d["modality"])


def load(path):
    with open(path, encoding="utf-8") as f:
        return {key(d): d for d in map(json.loads, f)}


def counts(events, only=None):
    n = collections.Counter()
    for k, e in events.items():
        if only is not None and k[0] not in only:
            continue
        n["events"] += 1
        loc = e.get("location")
        if not loc:
            continue
        n["located"] += 1
        n["with place"] += loc.get("place") is not None
        n["with coordinates"] += loc.get("lat") is not None
        n["country only"] += loc.get("place") is None and loc.get("country") is not None
        n["no country"] += loc.get("country") is None
        rules = e.get("rules", [])
        n["by locate-nearby"] += "locate-nearby" in rules
        n["by locate-dateline"] += "locate-dateline" in rules
    return n


def show(loc):
    if not loc:
        return "-"
    return f"{loc.get('place') or ''}|{loc.get('country') or ''}" + ("" if loc.get("lat") is None else " (point)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--pool", type=int, default=3000)
    a = ap.parse_args()
    pool = set()
    with open(CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > a.pool:
                break
            pool.add(json.loads(line)["id"])
    base, new = load(a.base), load(a.new)
    for name, only in (("whole input", None), (f"pool lines 1-{a.pool}", pool)):
        b, n = counts(base, only), counts(new, only)
        print(f"{name}: " + "; ".join(f"{k} {b[k]} -> {n[k]}" for k in
                                       ("events", "located", "with place", "with coordinates", "country only",
                                        "no country", "by locate-nearby", "by locate-dateline")))
    both = [k for k in base if k in new]
    changed = [k for k in both if base[k].get("location") != new[k].get("location")]
    kinds = collections.Counter()
    for k in changed:
        before, after = base[k].get("location"), new[k].get("location")
        kinds["gained" if not before else "lost" if not after else "changed"] += 1
    in_pool = sorted((k for k in changed if k[0] in pool), key=str)
    print(f"location differs on {len(changed)} of {len(both)} events in both ({dict(kinds)}); "
          f"{len(in_pool)} in the pool")
    random.seed(a.seed)
    for k in sorted(random.sample(in_pool, min(a.n, len(in_pool))), key=str):
        e = new[k]
        print(f"\n{k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}\t{show(base[k].get('location'))} -> "
              f"{show(e.get('location'))}\t{[r for r in e.get('rules', []) if r.startswith('locate')]}")
        print("   ", e["text"][:400])


if __name__ == "__main__":
    main()
