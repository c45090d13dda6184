#!/usr/bin/env python3
"""Print development-pool articles as numbered sentences with character offsets, for annotation.

Usage: show.py [--corpus FILE] [--lead N] LINE|ID ...
  LINE is a 1-based line of articles.jsonl (1-3000 only: the development pool); ID an article id.
  --lead N prints only the first N sentences (the short-report view).

Offsets are [start, end) into the record's "text" field, which is what the label files store: the
text itself never enters the repository. The splitter is deliberately simple; a label's offsets may
span several printed sentences when the splitter cut one sentence in two.
"""
import argparse
import json
import os
import re
import sys

POOL = 3000
DEFAULT_CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus", "articles.jsonl")
ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jan", "feb", "aug", "sept",
          "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "no", "vs", "inc", "corp", "co", "ltd", "jr", "sr",
          "prof", "maj", "capt", "sgt", "rev", "mt", "ft", "e.g", "i.e", "etc"}
BOUNDARY = re.compile(r'[.!?]["\u201d\')]*\s+(?=["\u201c(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z"\u201c])')


def sentences(text):
    """(start, end) spans of sentences in text, trimmed of surrounding white space."""
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        cut = m.start()
        word = re.search(r'([A-Za-z.]+)$', text[start:cut + 1].rstrip('.!?"\u201d\')'))
        if text[cut] == '.' and word and word.group(1).lower().rstrip('.') in ABBREV:
            continue
        if text[cut] == '.' and word and re.fullmatch(r'[A-Z]', word.group(1)):
            continue  # an initial: "George W. Bush"
        end = m.end()
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def load(corpus, wanted):
    by_line, by_id = {}, {}
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > POOL:
                break  # lines past the pool are reserved for measurement by others: never read here
            rec = json.loads(line)
            by_line[i] = rec
            by_id[rec["id"]] = (i, rec)
    for w in wanted:
        if w.isdigit():
            n = int(w)
            if n > POOL:
                sys.exit(f"show.py: line {n} is outside the development pool (1-{POOL})")
            yield n, by_line[n]
        elif w in by_id:
            yield by_id[w]
        else:
            sys.exit(f"show.py: no article {w!r} in the development pool")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--lead", type=int, default=0)
    ap.add_argument("articles", nargs="+")
    a = ap.parse_args()
    for line, rec in load(a.corpus, a.articles):
        text = rec["text"]
        print(f"=== line {line} id={rec['id']} date={rec.get('date')} outlet={rec.get('outlet')} "
              f"set={rec.get('set')} chars={len(text)}")
        if rec.get("title"):
            print(f"title: {rec['title']}")
        for k, (s, e) in enumerate(sentences(text)):
            if a.lead and k >= a.lead:
                break
            print(f"[{s},{e}] {text[s:e]}")
        print()


if __name__ == "__main__":
    main()
