"""The team's labelled units of some splits, and their labelled extents written as a JSONL the coder reads.

Shared by misses.py and role_errors.py (both code the extents the way `./entente eval` does: the extent alone,
with the article's date and outlet). The test split is refused: it is frozen, reported only by
`./entente eval --split test`. Only lines 1-3000 of the corpus (the development pool) are read.
"""
import csv
import json
import os
import sys
import tempfile

POOL = 3000


def units_of(who, labels, units_file, corpus, splits, kind=None):
    """(units, articles by line) of the label files' units in `splits` (and of `kind`, when given)."""
    if "test" in splits:
        sys.exit(f"{who}: the test split is frozen; report it with ./entente eval --split test")
    split_of = {}
    with open(units_file) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            split_of[row["unit"]] = row["split"]
    units = []
    for path in labels:
        with open(path) as f:
            for line in f:
                if line.strip():
                    u = json.loads(line)
                    if split_of.get(u["unit"]) in splits and (not kind or u["kind"] == kind):
                        units.append(u)
    wanted = {u["line"] for u in units}
    if any(n > POOL for n in wanted):
        sys.exit(f"{who}: a label points past corpus line {POOL} (outside the development pool)")
    articles = {}
    with open(corpus) as f:
        for n, line in enumerate(f, 1):
            if n in wanted:
                articles[n] = json.loads(line)
            if n >= POOL:
                break
    return units, articles


def extents_file(units, articles):
    """A temporary JSONL of each unit's labelled extent (id = unit), for `entente code|actors`; the caller deletes it."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for u in units:
            a = articles[u["line"]]
            s, e = u["extent"]
            tmp.write(json.dumps({"id": u["unit"], "text": a["text"][s:e], "date": a.get("date"),
                                  "outlet": a.get("outlet")}) + "\n")
    return tmp.name


def remove(path):
    os.unlink(path)
