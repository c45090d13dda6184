#!/usr/bin/env python3
"""Sort the coder's target errors on the labelled train/dev units into the kinds docs/events-targets.md counts.

    scripts/annotation/role_errors.py --split train,dev --list > errors.txt
    scripts/annotation/target_error_kinds.py errors.txt [--list]

Reads role_errors.py's --list output (never the test split: role_errors.py refuses it) and gives every target
error one kind, by the first cue that holds, in this order:

  swapped                 the coder's target is the gold source (role_errors.py's class)
  spurious                the coder names a target where the gold has none
  not recognised          no actor of the gold target's country is recognised in the sentence
  control verb            a gold target actor sits between a verb of asking/urging/ordering and "to V"
  act-noun object         a gold target actor follows "of/on/against/by" after an act noun ("the shelling of X")
  possessive              a gold target actor is a possessive ("X's embassy")
  coordination            a gold target actor is one side of "X and Y" / "X or Y"
  place                   a gold target actor follows a place preposition ("in X", "near X", "the town of X")
  modifier                a gold target actor is an adjective before a common noun ("an Israeli design")
  reported speech         the gold target actor is in a clause introduced by a verb of saying
  other                   none of these cues

The cues read the words around the gold target's recognised actors (role_errors.py names them); they are cues,
not a parse, so the counts are a guide: docs/events-targets.md gives them with a hand check of a sample.
"""
import argparse
import collections
import re
import sys

CONTROL = re.compile(r"\b(ask|asked|asking|asks|urge|urged|urges|urging|call(?:ed|s|ing)? (?:on|upon)|order(?:ed|s)?|"
                     r"told|tell|tells|forc(?:ed|es)|press(?:ed|es)|persuad\w*|convinc\w*|invit\w*|encourag\w*|"
                     r"beg(?:ged)?|allow(?:ed|s)?|want(?:ed|s)?)\b")
ACT_NOUN = re.compile(r"(ing|tion|sion|ment|attack|attacks|strike|strikes|raid|raids|sanctions|war|assault|"
                      r"occupation|invasion|arrest|killing|murder|assassination|bombing|shelling|criticism|"
                      r"support|aid|help|visit|talks|decision|plan|proposal|request|call|calls)$")
PLACE_PREP = {"in", "at", "near", "inside", "across", "throughout", "into", "outside", "around"}
SAYING = re.compile(r"\b(said|says|say|told|stated|claimed|reported|announced|added|according to)\b")


def kind(line, sentence):
    cls = line.split("|")[0]
    target_part = [p.strip() for p in cls.split(";") if p.strip().startswith("target")]
    if not target_part:
        return None
    t = target_part[0]
    if "swapped" in t:
        return "swapped"
    if "spurious" in t:
        return "spurious"
    if "not recognised" in t:
        return "not recognised"
    m = re.search(r"actors of the gold target: (.*)$", line)
    actors = [a.strip() for a in m.group(1).split(",")] if m else []
    low = sentence.lower()
    spans = []
    for a in actors:
        for mm in re.finditer(re.escape(a.lower()), low):
            spans.append((mm.start(), mm.end()))
    if not spans:
        return "other"
    for s, e in spans:
        before = low[:s].split()
        window = " ".join(before[-7:])
        after = low[e:e + 40]
        c = None
        for c in CONTROL.finditer(window):
            pass
        if c and re.match(r"^[^,;.]*?\bto \w+", after) and "to" not in window[c.end():].split():
            return "control verb"
    for s, e in spans:
        before = low[:s].split()
        if len(before) >= 2 and before[-1] in ("of", "on", "against", "by") and ACT_NOUN.search(before[-2]):
            return "act-noun object"
        if len(before) >= 3 and before[-2] in ("of", "on", "against", "by") and ACT_NOUN.search(before[-3]):
            return "act-noun object"
    for s, e in spans:
        if low[e:e + 2] in ("'s", "s'") or low[e:e + 2] == "’s":
            return "possessive"
    for s, e in spans:
        before = low[:s].split()
        after = low[e:].split()
        if (before and before[-1] in ("and", "or")) or (after and after[0] in ("and", "or")):
            return "coordination"
    for s, e in spans:
        before = low[:s].split()
        if before and (before[-1] in PLACE_PREP or before[-1] == "of" and len(before) >= 2
                       and before[-2] in ("town", "city", "province", "region", "district", "capital", "village")):
            return "place"
        if len(before) >= 2 and before[-2] in PLACE_PREP and before[-1] in ("the", "a", "northern", "southern",
                                                                            "eastern", "western", "central"):
            return "place"
    for s, e in spans:
        text = sentence[s:e]
        after = low[e:].split()
        if text[:1].isupper() and re.search(r"(an|ese|ish|i|ch)$", text.lower()) and after and after[0][:1].isalpha():
            return "modifier"
    for s, e in spans:
        if SAYING.search(low[:s]):
            return "reported speech"
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("errors", help="role_errors.py --list output")
    ap.add_argument("--list", action="store_true", help="print each target error with its kind")
    args = ap.parse_args()
    lines = open(args.errors, encoding="utf-8").read().split("\n")
    counts = collections.Counter()
    for i, line in enumerate(lines):
        if "|" not in line or "target" not in line.split("|")[0]:
            continue
        sentence = lines[i + 1].strip() if i + 1 < len(lines) else ""
        k = kind(line, sentence)
        if k is None:
            continue
        counts[k] += 1
        if args.list:
            print(f"{k}\t{line.strip()}\n\t{sentence}")
    total = sum(counts.values())
    print(f"target errors: {total}")
    for k, n in counts.most_common():
        print(f"  {k:<22} {n:4d}")


if __name__ == "__main__":
    sys.exit(main())
