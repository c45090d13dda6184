#!/usr/bin/env python3
"""List the labelled events whose sentence has no actor mention of the gold doer's or target's country.

    scripts/annotation/actor_misses.py [--split train,dev] [--entente ./entente] [--essential]

Runs `./entente actors` on every unit's labelled extent (as the coder sees it: the extent alone, with the article's
date and outlet) and prints, for each gold event whose sentence lacks a mention of the source's or the target's
country (as the scorer reads a code: the first three letters, `---` none), the sentence, the gold event, which
side lacks its actor, the mentions the recognizer did find there, and the unit's three most-mentioned
countries (how the article-country step of docs/actors.md would read it). This is the "no actor mention" cause of
`./entente train-proposer --misses`, read from the recognizer alone, for classifying what kind of actor is missing.
Ends with counts per split. The test split is refused (labelled.py).
"""
import os
import sys

sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import collections  # noqa: E402
import glob  # noqa: E402
import subprocess  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def country(code):
    if not code or len(code) < 3 or code[:3] == "---":
        return None
    return code[:3]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--labels", nargs="*", default=sorted(glob.glob(os.path.join(REPO, "annotations", "labels-*.jsonl"))))
    ap.add_argument("--units", default=os.path.join(REPO, "annotations", "units.tsv"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "articles.jsonl"))
    ap.add_argument("--entente", default=os.path.join(REPO, "entente"))
    ap.add_argument("--essential", action="store_true", help="only essential gold events")
    args = ap.parse_args()

    units, articles = labelled.units_of("actor_misses.py", args.labels, args.units, args.corpus,
                                        set(args.split.split(",")))
    split_of = labelled.splits_of(args.units)
    mentions = labelled.run_by_article(args.entente, "actors", units, articles)

    def article_countries(ms):
        counts = collections.Counter(country(m["code"]) for m in ms if country(m["code"]) and m["kind"] != "city")
        return " ".join(f"{c}:{n}" for c, n in counts.most_common(3)) or "-"

    lacking = collections.Counter()
    total = collections.Counter()
    for u in units:
        text = articles[u["line"]]["text"]
        off = u["extent"][0]
        for g in u["events"]:
            if args.essential and not g["essential"]:
                continue
            split = split_of[u["unit"]]
            total[split] += 1
            s, t = g["sentence"]
            here = [m for m in mentions.get(u["unit"], []) if m["span"][0] + off < t and s < m["span"][1] + off]
            have = {country(m["code"]) for m in here}
            sides = [side for side, code in (("source", g["source"]), ("target", g["target"]))
                     if country(code) is not None and country(code) not in have]
            if not sides:
                continue
            lacking[split] += 1
            print(f"LACKS {'+'.join(sides)} {u['unit']} [{split} {u['kind']}] {g['source']}>{g['target']}:{g['code']}"
                  f"{' ESS' if g['essential'] else ''}{'  # ' + g['note'] if g.get('note') else ''}")
            print("   ", " ".join(text[s:t].split()))
            print("    found:", "; ".join(f"{m['text']}={m['code']}" for m in here) or "-")
            print("    unit's countries:", article_countries(mentions.get(u["unit"], [])))
    for split in sorted(total):
        print(f"{split}: {lacking[split]} of {total[split]} gold events lack an actor of their country")


if __name__ == "__main__":
    main()
