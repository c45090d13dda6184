#!/usr/bin/env python3
"""List the coder's misses and extra events on the team's labelled units, for the train and dev splits.

    scripts/annotation/misses.py [--split train,dev] [--essential] [--root 13] [--extra] [--entente ./entente]

Codes every unit's labelled extent with `./entente code` (as `./entente eval` does: the extent alone, with the
article's date and outlet), matches predictions to gold events the way `./entente eval` does (same sentence,
same root, same source and target country; essential events first) and prints, per gold event left unmatched,
the sentence, the gold event and what the coder emitted for that sentence; with --extra also the predictions
that matched nothing. Ends with a count of misses per root. The test split is refused: it is frozen, reported
only by `./entente eval --split test`.
"""
import os
import sys

# this folder holds a select.py, which would shadow the standard module subprocess imports
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import collections  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled  # noqa: E402  (after subprocess, whose select import this folder would shadow)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


country = labelled.country
root = labelled.root


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--labels", nargs="*", default=sorted(glob.glob(os.path.join(REPO, "annotations", "labels-*.jsonl"))))
    ap.add_argument("--units", default=os.path.join(REPO, "annotations", "units.tsv"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "articles.jsonl"))
    ap.add_argument("--entente", default=os.path.join(REPO, "entente"))
    ap.add_argument("--essential", action="store_true", help="only essential gold events")
    ap.add_argument("--root", help="only gold events (and extras) of these roots, comma-separated")
    ap.add_argument("--extra", action="store_true", help="also print predictions that matched no gold event")
    ap.add_argument("--kind", help="article or short")
    ap.add_argument("--patterns", action="append", default=[], help="extra pattern file for ./entente code")
    args = ap.parse_args()

    splits = set(args.split.split(","))
    units, articles = labelled.units_of("misses.py", args.labels, args.units, args.corpus, splits, args.kind)
    roots = set(args.root.split(",")) if args.root else None

    tmp_name = labelled.extents_file(units, articles)
    cmd = [args.entente, "code", "--input-format", "jsonl"]
    for p in args.patterns:
        cmd += ["--patterns", p]
    out = subprocess.run(cmd + [tmp_name], capture_output=True, text=True)
    labelled.remove(tmp_name)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    preds = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        e = json.loads(line)
        preds[e["article"]].append(e)

    missed = collections.Counter()
    extra = collections.Counter()
    by_rule = collections.Counter()
    right_by_rule = collections.Counter()
    for u in units:
        a = articles[u["line"]]
        off = u["extent"][0]
        text = a["text"]
        events = preds.get(u["unit"], [])
        used = [False] * len(events)

        def same_sentence(e, g):
            s, t = e["span"][0] + off, e["span"][1] + off
            return s < g["sentence"][1] and g["sentence"][0] < t

        golds = sorted(u["events"], key=lambda g: not g["essential"])
        misses = []
        for g in golds:
            hit = None
            for i, e in enumerate(events):
                if (not used[i] and same_sentence(e, g) and e["root"] == root(g["code"])
                        and country(e["source"]) == country(g["source"])
                        and country(e["target"]) == country(g["target"])):
                    hit = i
                    break
            if hit is not None:
                used[hit] = True
            elif (not args.essential or g["essential"]) and (not roots or root(g["code"]) in roots):
                misses.append(g)
        for g in misses:
            missed[root(g["code"])] += 1
            s, t = g["sentence"]
            print(f"MISS {u['unit']} [{u['kind']}] {g['source']}>{g['target']}:{g['code']} {g['modality']}"
                  f"{' ESS' if g['essential'] else ''}{'  # ' + g['note'] if g.get('note') else ''}")
            print("   ", " ".join(text[s:t].split()))
            for e in events:
                if same_sentence(e, g):
                    print(f"    coder: {e['source']}>{e['target']}:{e['code']} {e['modality']} {e['pattern']}")
        for i, e in enumerate(events):
            for r in e.get("rules") or []:
                r = re.sub(r":[0-9.]+$", "", r)  # a learned rule carries its score: count the rule, not each score
                by_rule[r] += 1
                right_by_rule[r] += 1 if used[i] else 0
        if args.extra:
            for i, e in enumerate(events):
                if not used[i] and (not roots or e["root"] in roots):
                    extra[e["root"]] += 1
                    print(f"EXTRA {u['unit']} {e['source']}>{e['target']}:{e['code']} {e['modality']} {e['pattern']}"
                          f" {','.join(e.get('rules') or [])}")
                    print("   ", " ".join(e["text"].split()))
    print("misses per root:", " ".join(f"{r}:{n}" for r, n in sorted(missed.items())))
    print("events changed by each rule (right / emitted):",
          " ".join(f"{r}:{right_by_rule[r]}/{n}" for r, n in sorted(by_rule.items())))
    if args.extra:
        print("extras per root:", " ".join(f"{r}:{n}" for r, n in sorted(extra.items())))


if __name__ == "__main__":
    main()
