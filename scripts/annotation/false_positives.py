#!/usr/bin/env python3
"""Why the coder's emitted events are wrong: every false positive on the team's train and dev splits, by class.

    scripts/annotation/false_positives.py [--split train,dev] [--show CLASS,...|all] [--sample N] [--seed S]
        [--asserted] [--markdown] [--entente ./entente]

Codes every unit's labelled extent with `./entente code` (the extent alone, with the article's date and outlet, as
`./entente eval` does), matches predictions to gold events as the scorer does (one to one, overlapping sentence,
same root, same source and target country, essential gold events first) and puts each prediction that matched
nothing (a false positive) in the first class that holds, in this order:

  duplicate          a gold event it would match was already taken by another prediction
  root-src           a gold event of its sentence has its root, but another source country
  root-tgt           a gold event of its sentence has its root and source country, another (or no) target country
  other-root-same    no gold event of its sentence has its root; one has another root of the same QuadClass
  other-root-diff    ... only gold events of another QuadClass (cooperation vs conflict, verbal vs material)
  none-nearby        no gold event in its sentence; one in a sentence starting or ending within NEAR characters
  none-unit          no gold event in its sentence or nearby; the unit has gold events elsewhere
  none-empty         the unit has no gold event at all (no act between political actors was labelled in it)

Prints the table per split (all events and asserted ones: the learned filter judges only those) and, with --show,
a seeded sample of each named class's events with their sentence and the sentence's gold events. The test split is
refused: it is frozen, reported only by `./entente eval --split test`.
"""
import os
import sys

# this folder holds a select.py, which would shadow the standard module subprocess imports
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import collections  # noqa: E402
import csv  # noqa: E402
import glob  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled  # noqa: E402  (after subprocess, whose select import this folder would shadow)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
NEAR = 300
CLASSES = ["duplicate", "root-src", "root-tgt", "other-root-same", "other-root-diff", "none-nearby", "none-unit",
           "none-empty"]


country = labelled.country
root = labelled.root


def quad_of_roots(cameo_file):
    """QuadClass of each two-digit root, from the coder's own CAMEO table."""
    quads = {}
    with open(cameo_file) as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row["code"]) == 2:
                quads[row["code"]] = row["quad"]
    return quads


def classify(e, golds, taken, overlaps, near, quads):
    """The class of the unmatched prediction `e` among the unit's `golds` (`taken`: matched ones)."""
    in_sentence = [g for g in golds if overlaps(e, g)]
    same_root = [g for g in in_sentence if root(g["code"]) == e["root"]]
    for g in same_root:
        if country(g["source"]) == country(e["source"]) and country(g["target"]) == country(e["target"]):
            return "duplicate"  # it matches a gold event that another prediction took first
    if same_root:
        if not any(country(g["source"]) == country(e["source"]) for g in same_root):
            return "root-src"
        return "root-tgt"
    if in_sentence:
        if any(quads.get(root(g["code"])) == quads.get(e["root"]) for g in in_sentence):
            return "other-root-same"
        return "other-root-diff"
    if not golds:
        return "none-empty"
    if any(near(e, g) for g in golds):
        return "none-nearby"
    return "none-unit"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--labels", nargs="*", default=sorted(glob.glob(os.path.join(REPO, "annotations", "labels-*.jsonl"))))
    ap.add_argument("--units", default=os.path.join(REPO, "annotations", "units.tsv"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "articles.jsonl"))
    ap.add_argument("--entente", default=os.path.join(REPO, "entente"))
    ap.add_argument("--show", help="print a sample of these classes' false positives (comma-separated, or 'all')")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--asserted", action="store_true", help="with --show: only asserted events")
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown")
    args = ap.parse_args()

    show = set(CLASSES if args.show == "all" else args.show.split(",")) if args.show else set()
    if show - set(CLASSES):
        sys.exit(f"false_positives.py: --show: no class {', '.join(sorted(show - set(CLASSES)))} (classes: {', '.join(CLASSES)})")
    quads = quad_of_roots(os.path.join(REPO, "entente-core", "src", "main", "resources", "events", "cameo.tsv"))
    splits = args.split.split(",")
    units, articles = labelled.units_of("false_positives.py", args.labels, args.units, args.corpus, set(splits))
    split_of = labelled.splits_of(args.units)
    preds = labelled.run_by_article(args.entente, "code", units, articles)

    table = {s: collections.Counter() for s in splits}
    table_asserted = {s: collections.Counter() for s in splits}
    emitted = collections.Counter()
    emitted_asserted = collections.Counter()
    examples = collections.defaultdict(list)
    for u in units:
        split = split_of[u["unit"]]
        off = u["extent"][0]
        events = preds.get(u["unit"], [])

        def overlaps(e, g):
            return e["span"][0] + off < g["sentence"][1] and g["sentence"][0] < e["span"][1] + off

        def near(e, g):
            s, t = e["span"][0] + off, e["span"][1] + off
            return g["sentence"][0] - t <= NEAR and s - g["sentence"][1] <= NEAR

        used = [False] * len(events)
        golds = sorted(u["events"], key=lambda g: not g["essential"])
        for g in golds:
            for i, e in enumerate(events):
                if (not used[i] and overlaps(e, g) and e["root"] == root(g["code"])
                        and country(e["source"]) == country(g["source"])
                        and country(e["target"]) == country(g["target"])):
                    used[i] = True
                    break
        for i, e in enumerate(events):
            asserted = e["modality"] == "asserted"
            emitted[split] += 1
            emitted_asserted[split] += asserted
            if used[i]:
                continue
            c = classify(e, golds, used, overlaps, near, quads)
            table[split][c] += 1
            table_asserted[split][c] += asserted
            if c in show and (asserted or not args.asserted):
                examples[c].append((u, e, [g for g in golds if overlaps(e, g)]))

    print_table(splits, table, table_asserted, emitted, emitted_asserted, args.markdown)
    for c in CLASSES:
        if c not in show:
            continue
        print(f"\n== {c}: {args.sample} of {len(examples[c])}, seed {args.seed}")
        random.Random(args.seed).shuffle(examples[c])
        for u, e, golds in examples[c][:args.sample]:
            print(f"\n{u['unit']} [{u['kind']}] coder {e['source']}>{e['target']}:{e['code']} {e['modality']} "
                  f"{e['pattern']} {','.join(e.get('rules') or [])}")
            print("   ", " ".join(e["text"].split()))
            for g in golds:
                print(f"    gold {g['source']}>{g['target']}:{g['code']} {g['modality']}"
                      f"{' ESS' if g['essential'] else ''}{'  # ' + g['note'] if g.get('note') else ''}")


def print_table(splits, table, table_asserted, emitted, emitted_asserted, markdown):
    head = ["class"] + [f"{s} all" for s in splits] + [f"{s} asserted" for s in splits]
    rows = []
    for c in CLASSES:
        rows.append([c] + [cell(table[s][c], sum(table[s].values())) for s in splits]
                    + [cell(table_asserted[s][c], sum(table_asserted[s].values())) for s in splits])
    rows.append(["false positives"] + [str(sum(table[s].values())) for s in splits]
                + [str(sum(table_asserted[s].values())) for s in splits])
    rows.append(["emitted"] + [str(emitted[s]) for s in splits] + [str(emitted_asserted[s]) for s in splits])
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        width = max(len(c) for c in CLASSES + ["false positives"])
        print(" ".join([head[0].ljust(width)] + [h.rjust(14) for h in head[1:]]))
        for r in rows:
            print(" ".join([r[0].ljust(width)] + [x.rjust(14) for x in r[1:]]))


def cell(n, total):
    return f"{n} ({n / total:.2f})" if total else "0"


if __name__ == "__main__":
    main()
