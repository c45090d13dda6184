#!/usr/bin/env python3
"""Count the events a coder change gained or lost by provenance: the pattern row, the code and the rules each
changed event carries (whole-corpus outputs of `./entente code`, JSON Lines). An event is keyed as
scripts/diff-outputs.py keys it: article, sentence, code, source, target.

Usage: gained-by-provenance.py BASE NEW [--pattern PATH:LINE ...] [--code CODE ...] [--rule RULE ...]
Prints, for the gained and the lost events, how many carry each given pattern row, code or rule, and the ten
commonest pattern rows.
"""
import argparse
import collections
import json


def load(path):
    events = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e.get("articleId") or e.get("article"), e["sentence"], e["code"], e["source"], e["target"])
            events.setdefault(key, e)
    return events


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--pattern", nargs="*", default=[])
    ap.add_argument("--code", nargs="*", default=[])
    ap.add_argument("--rule", nargs="*", default=[])
    a = ap.parse_args()
    base, new = load(a.base), load(a.new)
    for name, events in (("gained", [new[k] for k in new if k not in base]),
                         ("lost", [base[k] for k in base if k not in new])):
        print(f"{name}: {len(events)}")
        for p in a.pattern:
            print(f"  pattern {p}: {sum(1 for e in events if (e.get('pattern') or '').endswith(p))}")
        for c in a.code:
            print(f"  code {c}: {sum(1 for e in events if e['code'] == c)}")
        for r in a.rule:
            print(f"  rule {r}: {sum(1 for e in events if any(x.split(':')[0] == r for x in e.get('rules', [])))}")
        common = collections.Counter(e.get("pattern") or "none" for e in events).most_common(10)
        print("  commonest rows: " + ", ".join(f"{p} {n}" for p, n in common))


if __name__ == "__main__":
    main()
