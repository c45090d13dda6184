#!/usr/bin/env python3
"""Classify the coder's role errors on the team's labelled units (train and dev splits only).

    scripts/annotation/role_errors.py [--split train,dev] [--list] [--entente ./entente] [--labels FILE...]

The labels default to every annotations/labels-*.jsonl (A to E; before batch 4 only A and B were read).

Pairs predictions with gold events the way `./entente eval` pairs them for its roles line (the triple match if
there is one, else the first unused prediction of the same sentence and root, essential gold events first), and
sorts every pair whose source or target country differs from the gold into one class per role:

  target: missing (gold names one, the coder none), spurious (the coder names one where the gold has none),
          swapped (the coder's target is the gold source), wrong actor (another country)
  source: missing, spurious, swapped, wrong actor; a wrong source is also tagged "from a modifier" when the
          coder's source evidence is a demonym or place word inside a longer noun phrase before the verb
          ("Iranian-made", "the Gaza border"), and "from a phrase" when it follows a preposition
  split symmetric: the coder gave two events of the same sentence and root, each with a source and no target,
          where the gold has one event between those two countries ("X and Y met")

Prints a table of counts (per class, per role) and, with --list, each error with its sentence. The test split is
refused: it is frozen, reported only by `./entente eval --split test`.
"""
import os
import sys

# this folder holds a select.py, which would shadow the standard module subprocess imports
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import glob  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labelled  # noqa: E402  (after subprocess, whose select import this folder would shadow)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PREPOSITIONS = {"in", "of", "from", "at", "on", "with", "by", "to", "for", "against", "near", "into", "over",
                "between", "among", "across", "toward", "towards", "after", "before", "under"}


country = labelled.country
root = labelled.root


def role_class(gold, coder, other_gold):
    """One word for how the coder's role country differs from the gold one; None when it is right."""
    g, c = country(gold), country(coder)
    if g == c:
        return None
    if c is None:
        return "missing"
    if g is None:
        return "spurious" if country(other_gold) != c else "swapped"
    return "swapped" if c == country(other_gold) else "wrong actor"


def source_shape(text, evidence, verb):
    """How a wrong source sits in the sentence: a modifier inside a phrase, after a preposition, or plain."""
    if not evidence:
        return ""
    s, e = evidence
    before = text[:s].split()
    word = text[s:e]
    after = text[e:e + 30].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return "from a phrase"
    if word.endswith("-made") or (after and after[0][:1].islower() and not after[0].endswith("ed")
                                  and verb and e < verb[0] and after[0] not in ("and", ",", "'s")):
        return "from a modifier"
    return ""


def local(event, role):
    """An evidence span of the event moved into its sentence's own text; None if the event has none."""
    span = (event.get("evidence") or {}).get(role)
    return None if not span else (span[0] - event["span"][0], span[1] - event["span"][0])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--labels", nargs="*", default=sorted(glob.glob(os.path.join(REPO, "annotations", "labels-*.jsonl"))))
    ap.add_argument("--units", default=os.path.join(REPO, "annotations", "units.tsv"))
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "articles.jsonl"))
    ap.add_argument("--entente", default=os.path.join(REPO, "entente"))
    ap.add_argument("--list", action="store_true", help="print each role error with its sentence")
    args = ap.parse_args()

    splits = set(args.split.split(","))
    units, articles = labelled.units_of("role_errors.py", args.labels, args.units, args.corpus, splits)

    tmp_name = labelled.extents_file(units, articles)
    out = subprocess.run([args.entente, "code", "--input-format", "jsonl", tmp_name], capture_output=True, text=True)
    mentions = subprocess.run([args.entente, "actors", "--input-format", "jsonl", tmp_name], capture_output=True,
                              text=True)
    labelled.remove(tmp_name)
    if out.returncode not in (0, 1) or mentions.returncode not in (0, 1):
        sys.exit(out.stderr + mentions.stderr)
    # the countries of the actor mentions of each unit, with their spans, to tell a role the coder did not link
    # from an actor the recognizer never found
    countries_at = collections.defaultdict(list)
    for line in mentions.stdout.splitlines():
        m = json.loads(line)
        countries_at[m["article"]].append((m["span"][0], m["span"][1], country(m["code"]), m["text"]))
    preds = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        e = json.loads(line)
        preds[e["article"]].append(e)

    pairs = 0
    counts = collections.Counter()
    listing = []
    for u in units:
        seen = ""
        events = preds.get(u["unit"], [])
        off = u["extent"][0]
        used = [False] * len(events)
        used_roles = [False] * len(events)

        def same_sentence(e, g):
            return e["span"][0] + off < g["sentence"][1] and g["sentence"][0] < e["span"][1] + off

        for g in sorted(u["events"], key=lambda g: not g["essential"]):
            match = next((i for i, e in enumerate(events)
                          if not used[i] and same_sentence(e, g) and e["root"] == root(g["code"])
                          and country(e["source"]) == country(g["source"])
                          and country(e["target"]) == country(g["target"])), None)
            role = match if match is not None and not used_roles[match] else None
            if role is None:
                role = next((i for i, e in enumerate(events) if not used_roles[i] and same_sentence(e, g)
                             and e["root"] == root(g["code"])), None)
            if match is not None:
                used[match] = True
            if role is None:
                continue
            used_roles[role] = True
            pairs += 1
            e = events[role]
            src = role_class(g["source"], e["source"], g["target"])
            tgt = role_class(g["target"], e["target"], g["source"])
            if src is None and tgt is None:
                continue
            twin = [x for x in events if x is not e and same_sentence(x, g) and x["root"] == e["root"]
                    and x["target"] is None and x["source"] is not None]
            split = (e["target"] is None and twin and country(g["target"]) is not None
                     and {country(e["source"]), country(twin[0]["source"])}
                     == {country(g["source"]), country(g["target"])})
            if tgt == "missing" or tgt == "wrong actor":
                source_span = (e.get("evidence") or {}).get("source") or (-1, -1)
                inside = [name for s0, s1, c, name in countries_at[u["unit"]]
                          if country(g["target"]) == c and e["span"][0] <= s0 and s1 <= e["span"][1]
                          and not (s0 < source_span[1] and source_span[0] < s1)]
                tgt += " (actor in sentence)" if inside else " (not recognised)"
                seen = "; actors of the gold target: " + ", ".join(inside) if inside else ""
            seen = seen if tgt and tgt.startswith(("missing", "wrong")) else ""
            if split:
                counts[("both", "split symmetric")] += 1
                label = "split symmetric"
            else:
                label = []
                if src:
                    shape = source_shape(e["text"], local(e, "source"), local(e, "verb")) \
                        if src == "wrong actor" else ""
                    counts[("source", src + (" (" + shape + ")" if shape else ""))] += 1
                    label.append("source " + src + (" " + shape if shape else ""))
                if tgt:
                    counts[("target", tgt)] += 1
                    label.append("target " + tgt)
                label = "; ".join(label)
            listing.append(f"{label} | {u['unit']} gold {g['source']}>{g['target']}:{g['code']} | coder "
                           f"{e['source']}>{e['target']}:{e['code']} {e.get('pattern', '')}{seen}\n    "
                           + " ".join(e["text"].split()))
    print(f"role pairs (sentence and root match): {pairs}")
    for (role_name, cls), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {role_name:7s} {cls:35s} {n:4d}")
    if args.list:
        for line in listing:
            print(line)


if __name__ == "__main__":
    main()
