#!/usr/bin/env python3
"""Append labels to an annotation file from a compact block format, or print units with sentence numbers.

Usage:
  add.py show UNIT...                 print the units' labelled extent as numbered sentences
  add.py add FILE < blocks.txt        append one label line per block to FILE (labels-A|B|C|D|E.jsonl,
                                      overlap-A|B.jsonl)
  add.py amend FILE < blocks.txt      change units already in FILE: event lines are added (an identical
                                      (sentence, source, target, code) replaces the old one); a line
                                      "- K SOURCE TARGET CODE" removes that event
  add.py review FILE UNIT...          print the units' sentences with FILE's events under the sentence
                                      each starts in (for a second pass or adjudication)

Block format (one block per unit; blank lines and lines starting with # are skipped):
  @UNIT                               a unit of units.tsv (a26, s1234, ...); no event lines = "events": []
  K SOURCE TARGET CODE MOD ESS [note] one event: K = sentence number as printed by `show` (K-L when the
                                      splitter cut one sentence in two: outer offsets), SOURCE/TARGET an
                                      actor code or - for null, CODE the CAMEO code, MOD one of
                                      a(sserted) n(egated) f(uture) h(ypothetical) u(ncertain), ESS E
                                      (essential) or b (borderline), then an optional free note.
The file's annotator is taken from its name; text_sha1, extent and offsets are computed from the corpus
(lines 1-3000 only). A unit already in FILE is refused. Run check.py afterwards.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from show import sentences, POOL, DEFAULT_CORPUS  # noqa: E402
from check import read_tsv, REPO  # noqa: E402

MOD = {"a": "asserted", "n": "negated", "f": "future", "h": "hypothetical", "u": "uncertain"}


def units_and_texts(wanted):
    units = {u["unit"]: u for u in read_tsv(os.path.join(REPO, "annotations", "units.tsv"))}
    lines = {int(units[w]["line"]) for w in wanted}
    texts = {}
    with open(DEFAULT_CORPUS, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            if i > POOL:
                break  # the development pool only
            if i in lines:
                texts[i] = json.loads(raw)
    return units, texts


def extent_spans(unit, text):
    spans = sentences(text)
    return spans[:int(unit["lead"])] if unit["kind"] == "short" else spans


def show(ids):
    units, recs = units_and_texts(ids)
    for uid in ids:
        u = units[uid]
        rec = recs[int(u["line"])]
        print(f"=== @{uid} line {u['line']} {u['kind']} split={u['split']} date={rec.get('date')} "
              f"outlet={rec.get('outlet')} title={rec.get('title')!r}")
        for k, (s, e) in enumerate(extent_spans(u, rec["text"])):
            print(f"#{k} {rec['text'][s:e]}")
        print()


def make_event(spans, k, src, tgt, code, mod, ess, note):
    a, _, b = k.partition("-")
    ev = {"sentence": [spans[int(a)][0], spans[int(b or a)][1]], "source": None if src == "-" else src,
          "target": None if tgt == "-" else tgt, "code": code, "modality": MOD[mod],
          "essential": {"E": True, "b": False}[ess]}
    if note:
        ev["note"] = note[0]
    return ev


def amend(path):
    blocks = parse(sys.stdin, allow_removal=True)
    with open(path, encoding="utf-8") as f:
        labels = [json.loads(x) for x in f if x.strip()]
    by_unit = {lab["unit"]: lab for lab in labels}
    units, recs = units_and_texts([b[0] for b in blocks])
    changed = 0
    for uid, evs in blocks:
        if uid not in by_unit:
            sys.exit(f"add.py: unit {uid} is not in {path} (use add)")
        u = units[uid]
        spans = extent_spans(u, recs[int(u["line"])]["text"])
        events = by_unit[uid]["events"]
        for n, parts in evs:
            if parts[0] == "-":
                k, src, tgt, code = parts[1:5]
                start = spans[int(k.partition("-")[0])][0]
                key = (start, None if src == "-" else src, None if tgt == "-" else tgt, code)
                keep = [e for e in events if (e["sentence"][0], e["source"], e["target"], e["code"]) != key]
                if len(keep) == len(events):
                    sys.exit(f"add.py: line {n}: no such event in {uid}")
                events[:] = keep
            else:
                k, src, tgt, code, mod, ess, *note = parts
                ev = make_event(spans, k, src, tgt, code, mod, ess, note)
                key = (tuple(ev["sentence"]), ev["source"], ev["target"], ev["code"])
                events[:] = [e for e in events if (tuple(e["sentence"]), e["source"], e["target"], e["code"]) != key]
                events.append(ev)
            changed += 1
        events.sort(key=lambda e: e["sentence"][0])
    with open(path, "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"add.py: {changed} event changes in {len(blocks)} units of {path}")


def review(path, ids):
    with open(path, encoding="utf-8") as f:
        labels = {lab["unit"]: lab for lab in (json.loads(x) for x in f if x.strip())}
    units, recs = units_and_texts(ids)
    for uid in ids:
        u = units[uid]
        rec = recs[int(u["line"])]
        print(f"=== @{uid} {u['kind']} split={u['split']} date={rec.get('date')} title={rec.get('title')!r}")
        events = labels.get(uid, {}).get("events")
        if events is None:
            print("  (not labelled in this file)")
            events = []
        for k, (s, e) in enumerate(extent_spans(u, rec["text"])):
            print(f"#{k} {rec['text'][s:e]}")
            for ev in events:
                if ev["sentence"][0] == s:
                    flag = "E" if ev["essential"] else "b"
                    print(f"    -> {ev['source'] or '-'} {ev['target'] or '-'} {ev['code']} {ev['modality']} {flag}"
                          f"{' (to ' + str(ev['sentence'][1]) + ')' if ev['sentence'][1] != e else ''}"
                          f"{'  # ' + ev['note'] if ev.get('note') else ''}")
        print()


def parse(stream, allow_removal=False):
    blocks, cur = [], None
    for n, raw in enumerate(stream, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            cur = (line[1:].strip(), [])
            blocks.append(cur)
            continue
        if cur is None:
            sys.exit(f"add.py: line {n}: event before any @UNIT")
        if allow_removal and line.startswith("- "):
            parts = line.split()
            if len(parts) != 5:
                sys.exit(f"add.py: line {n}: a removal is - K SOURCE TARGET CODE: {line!r}")
            cur[1].append((n, parts))
            continue
        parts = line.split(None, 6)
        if len(parts) < 6:
            sys.exit(f"add.py: line {n}: need K SOURCE TARGET CODE MOD ESS [note]: {line!r}")
        cur[1].append((n, parts))
    return blocks


def add(path):
    who = re.search(r"labels-([A-F])\.jsonl$|overlap-([AB])\.jsonl$", path)
    if not who:
        sys.exit("add.py: FILE must be labels-A|B|C|D|E.jsonl or overlap-A|B.jsonl")
    blocks = parse(sys.stdin)
    done = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            done = {json.loads(x)["unit"] for x in f if x.strip()}
    units, recs = units_and_texts([b[0] for b in blocks])
    out = []
    for uid, evs in blocks:
        if uid in done:
            sys.exit(f"add.py: unit {uid} is already in {path}")
        u = units[uid]
        text = recs[int(u["line"])]["text"]
        spans = extent_spans(u, text)
        events = []
        for n, (k, src, tgt, code, mod, ess, *note) in evs:
            events.append(make_event(spans, k, src, tgt, code, mod, ess, note))
        out.append({"unit": uid, "line": int(u["line"]), "id": u["id"], "kind": u["kind"], "annotator": who.group(1) or who.group(2),
                    "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                    "extent": [spans[0][0], spans[-1][1]], "events": events})
        done.add(uid)
    with open(path, "a", encoding="utf-8") as f:
        for lab in out:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"add.py: {len(out)} units, {sum(len(x['events']) for x in out)} events appended to {path}")


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "show":
        show(sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "amend":
        amend(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "review":
        review(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] == "add":
        add(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
