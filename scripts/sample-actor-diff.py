#!/usr/bin/env python3
"""A fixed-seed sample of the differences between two `./entente actors` outputs, each with its article's date
and the words around it, for judging by hand (how each knowledge-base source was kept or dropped: docs/actors.md).

  scripts/sample-actor-diff.py BASE.jsonl NEW.jsonl ARTICLES.jsonl [N] [SEED]

ARTICLES.jsonl is the input both outputs were made from (it gives the text around each mention)."""
import json
import random
import sys


def read(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            out[(m["article"], m["span"][0], m["span"][1])] = m
    return out


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    base, new = read(argv[1]), read(argv[2])
    n = int(argv[4]) if len(argv) > 4 else 10
    seed = int(argv[5]) if len(argv) > 5 else 15
    diffs = []
    for k in sorted(set(base) | set(new)):
        a, b = base.get(k), new.get(k)
        if a is None or b is None or (a["code"], a["kind"]) != (b["code"], b["kind"]):
            diffs.append((k, a, b))
    wanted = {k[0] for k, _, _ in diffs}
    texts = {}
    with open(argv[3], encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("id") in wanted:
                texts[r["id"]] = (r.get("date"), r.get("text") or "")
    random.Random(seed).shuffle(diffs)
    print(f"{len(diffs)} differences; {min(n, len(diffs))} sampled (seed {seed})")
    for i, (k, a, b) in enumerate(diffs[:n], 1):
        date, text = texts.get(k[0], (None, ""))
        ctx = text[max(0, k[1] - 90):k[2] + 60].replace("\n", " ")
        was = f"{a['code']} ({a['kind']})" if a else "nothing"
        now = f"{b['code']} ({b['kind']}, {b['dictionary']})" if b else "nothing"
        print(f"{i}. {k[0]} {date} '{(a or b)['text']}': {was} -> {now}\n   ...{ctx}...")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
