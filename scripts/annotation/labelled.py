"""The team's labelled units of some splits, and their labelled extents written as a JSONL the coder reads.

Shared by misses.py, role_errors.py, false_positives.py and actor_misses.py (they code the extents the way `./entente eval` does: the extent alone,
with the article's date and outlet). The test split is refused: it is frozen, reported only by
`./entente eval --split test`. Only lines 1-3000 of the corpus (the development pool) are read.
"""
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

POOL = 3000


def country(code):
    """The country part of an actor code as the scorer reads it, or None ("---" is none)."""
    if not code or len(code) < 3:
        return None
    c = code[:3]
    return None if c == "---" else c


def root(code):
    return code[:2] if code and len(code) >= 2 else None


def splits_of(units_file):
    """unit id -> its split, from annotations/units.tsv."""
    with open(units_file) as f:
        return {row["unit"]: row["split"] for row in csv.DictReader(f, delimiter="\t")}


def units_of(who, labels, units_file, corpus, splits, kind=None):
    """(units, articles by line) of the label files' units in `splits` (and of `kind`, when given)."""
    if "test" in splits:
        sys.exit(f"{who}: the test split is frozen; report it with ./entente eval --split test")
    split_of = splits_of(units_file)
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


def run_by_article(entente, command, units, articles):
    """Runs `entente COMMAND --input-format jsonl` on the units' extents; its JSON lines grouped by article (unit)."""
    tmp = extents_file(units, articles)
    try:
        out = subprocess.run([entente, command, "--input-format", "jsonl", tmp], capture_output=True, text=True)
    finally:
        remove(tmp)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    by_article = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        r = json.loads(line)
        by_article[r["article"]].append(r)
    return by_article
