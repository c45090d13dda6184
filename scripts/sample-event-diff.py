#!/usr/bin/env python3
"""Draw a fixed-seed sample of the events two `./entente code` outputs disagree on, for judging by hand.

Usage: scripts/sample-event-diff.py BASE.jsonl NEW.jsonl [--n 10] [--seed 2026] [--pool 3000]
Events are keyed as scripts/diff-outputs.py keys them (article, sentence, source, target, code, modality). Counts
cover the whole input; the sample is drawn only from articles of the development pool (the first --pool lines of
../shared/corpus/articles.jsonl), n lost and n gained, and printed with their sentences to the terminal for
judging (never into the repo: judged files keep ids and labels only).
"""
import argparse
import json
import os
import random

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "articles.jsonl")


def key(d):
    return (d["article"], d["sentence"], d["source"], d["target"], d["code"], d["modality"])


def load(path):
    with open(path, encoding="utf-8") as f:
        return {key(d): d for d in map(json.loads, f)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--pool", type=int, default=3000)
    a = ap.parse_args()
    pool = set()
    with open(CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > a.pool:
                break
            pool.add(json.loads(line)["id"])
    b, n = load(a.base), load(a.new)
    lost = [k for k in b if k not in n]  # in output order: deterministic for a given output
    gained = [k for k in n if k not in b]
    lp = [k for k in lost if k[0] in pool]
    gp = [k for k in gained if k[0] in pool]
    print(f"all: lost {len(lost)}, gained {len(gained)}; development pool: lost {len(lp)}, gained {len(gp)}")
    rng = random.Random(a.seed)
    for kind, keys, src in (("lost", lp, b), ("gained", gp, n)):
        for k in rng.sample(keys, min(a.n, len(keys))):
            print("\t".join([kind] + [str(x) for x in k] + [src[k]["text"][:300]]))


if __name__ == "__main__":
    main()
