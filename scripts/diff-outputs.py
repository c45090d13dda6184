#!/usr/bin/env python3
"""Compare two outputs of `./entente code` (or `./entente actors`) on the same input, as the regression checks in
BENCHMARKS.md do: events keyed by (article, sentence, source, target, code, modality); actor mentions keyed by
(article, span) and compared on (code, kind).

  scripts/diff-outputs.py events BASE.jsonl NEW.jsonl [--list] [--by-origin]
  scripts/diff-outputs.py actors BASE.jsonl NEW.jsonl [--list]

Prints the counts (lost, gained, changed); with --list, every difference with its sentence or mention text; with
--by-origin (events), the lost and gained events per origin: the learned proposer, or the pattern file that matched
(retrained models move events no rule change touched)."""
import json
import sys


def events(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["article"], e["sentence"], e["source"], e["target"], e["code"], e["modality"])
            out[key] = e
    return out


def actors(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            out[(m["article"], m["span"][0], m["span"][1])] = m
    return out


def origin(e):
    """What made an event: the learned proposer, else its pattern file (patterns/11.tsv), else a rule."""
    p = e.get("pattern") or ""
    if p.startswith("learned-proposal"):
        return "learned-proposal"
    return p.split(":")[0] if p.startswith("patterns/") else "other"


def main(argv):
    if len(argv) < 4 or argv[1] not in ("events", "actors"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, base_path, new_path = argv[1], argv[2], argv[3]
    listing = "--list" in argv
    read = events if kind == "events" else actors
    base, new = read(base_path), read(new_path)
    lost = sorted(set(base) - set(new), key=str)
    gained = sorted(set(new) - set(base), key=str)
    if kind == "events":
        changed = [k for k in base if k in new and base[k].get("location") != new[k].get("location")]
        label = "location changed"
    else:
        changed = [k for k in base if k in new
                   and (base[k]["code"], base[k].get("kind")) != (new[k]["code"], new[k].get("kind"))]
        label = "recoded"
    print(f"{len(base)} -> {len(new)} {kind}: {len(lost)} lost, {len(gained)} gained, {len(changed)} {label}")
    if kind == "events" and "--by-origin" in argv:
        for sign, keys, src in (("lost", lost, base), ("gained", gained, new)):
            counts = {}
            for k in keys:
                o = origin(src[k])
                counts[o] = counts.get(o, 0) + 1
            print(sign, ", ".join(f"{o} {n}" for o, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))))
    if listing:
        for sign, keys, src in (("-", lost, base), ("+", gained, new)):
            for k in keys:
                x = src[k]
                what = k[2:] if kind == "events" else (x["text"], x["code"])
                print(sign, what, (x["text"] if kind == "events" else x["article"])[:200])
        for k in changed:
            a, b = base[k], new[k]
            if kind == "events":
                print("~", k[2:], a.get("location"), "->", b.get("location"), a["text"][:160])
            else:
                print("~", a["text"], a["code"], "->", b["code"], a["article"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
