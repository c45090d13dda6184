#!/usr/bin/env python3
"""Why the coder's target is wrong or missing, tallied by cause, on the team's annotated train and dev splits.

An event is matched as in scripts/roles-on-annotations.py (same sentence, same CAMEO root; the candidate agreeing best
on source and target is taken). Each matched event whose target code differs from the label is given one cause:

  spurious            the label has no target, the coder gives one
  self                the coder's target is its own source
  missing:<where>     the coder has no target; <where> says where the labelled actor is in the sentence (by the
                      coder's own actor mentions, the source's own mention left out): after-verb:<the preposition
                      before it, or 'direct' / 'possessive' / 'far'>, before-verb, not-named:doer's-country (no
                      other mention of the label's country, which is the doer's) or not-named:other
  wrong-role:A>B      the country is right, the role is not (ours A, the label's B; '-' none: USA for USAGOV)
  wrong:<where>       another country; <where> as for missing, for the labelled actor
Prints the table (cause, split, count) as TSV on stdout; with --detail FILE also writes one line per event
(unit, sentence span, codes, cause) for reading the development pool (lines 1-3000 only, as the labels are).

  scripts/target-tally.py [--launcher ./entente] [--detail FILE] annotations > benchmarks/target-tally.tsv
"""
import argparse
import collections
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotation"))
import labelled  # noqa: E402  (the team's labelled units, read as the annotation scripts read them)

PREPS = {"on", "against", "with", "to", "at", "for", "from", "into", "toward", "towards", "over", "upon", "about",
         "by", "in", "between", "among", "of"}


def norm(s):
    return " ".join(s.split())


def run(launcher, cmd, path):
    out = subprocess.run([launcher, cmd, path], capture_output=True, text=True,
                         env=dict(os.environ, ENTENTE_JAVA_OPTS="-Xmx2g"))
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def where(text, sent, verb, mentions, gold, source_span):
    """Where the labelled actor is, relative to the event's verb, among the coder's actor mentions (not the
    coder's own source mention)."""
    country = gold[:3]
    inside = [m for m in mentions if sent[0] <= m["span"][0] < sent[1]
              and (source_span is None or m["span"] != source_span)]
    same = [m for m in inside if m["code"] == gold] or [m for m in inside if (m.get("country") or "") == country]
    if not same:
        return None
    after = [m for m in same if m["span"][0] >= verb[1]]
    if not after:
        return "before-verb"
    m = min(after, key=lambda m: m["span"][0])
    between = text[verb[1]:m["span"][0]].lower()
    words = re.findall(r"[a-z']+", between)
    tail = text[m["span"][1]:m["span"][1] + 3]
    if tail.startswith("'s") or tail.startswith("’s"):
        return "after-verb:possessive"
    for w in reversed(words):
        if w in PREPS:
            return "after-verb:" + w
    return "after-verb:direct" if len(words) <= 3 else "after-verb:far"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--launcher", default="./entente")
    ap.add_argument("--detail")
    ap.add_argument("--splits", default="train,dev")
    ap.add_argument("--corpus", default=os.path.join(os.environ.get("ENTENTE_SHARED", "../shared"),
                                                     "corpus", "articles.jsonl"))
    a = ap.parse_args()
    splits = a.splits.split(",")
    if "test" in splits:
        sys.exit("the test split is the lead's to report")
    chosen, articles, split_of = [], {}, {}
    for d in a.dirs:
        units_file = os.path.join(d, "units.tsv")
        split_of.update(labelled.splits_of(units_file))
        u, arts = labelled.units_of("target-tally", sorted(glob.glob(os.path.join(d, "labels-*.jsonl"))),
                                    units_file, a.corpus, splits)
        chosen += u
        articles.update(arts)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for u in chosen:
            art = articles[int(u["line"])]
            tmp.write(json.dumps({"id": u["unit"], "text": art["text"], "date": art.get("date")}) + "\n")
    events = run(a.launcher, "code", tmp.name)
    actors = run(a.launcher, "actors", tmp.name)
    os.unlink(tmp.name)
    ours = collections.defaultdict(list)
    for e in events:
        ours[(e["article"], norm(e["text"]))].append(e)
    mentions = collections.defaultdict(list)
    for m in actors:
        mentions[m["article"]].append(m)

    def country(c):
        return None if c is None else c[:3]

    tally = collections.Counter()
    matched = collections.Counter()
    detail = []
    for u in chosen:
        split = split_of[u["unit"]]
        text = articles[int(u["line"])]["text"]
        for g in u["events"]:
            sent = g["sentence"]
            cands = [e for e in ours.get((u["unit"], norm(text[sent[0]:sent[1]])), []) if e["code"][:2] == g["code"][:2]]
            if not cands:
                continue
            matched[split] += 1
            best = max(cands, key=lambda e: ((e["source"] == g["source"]) + (e["target"] == g["target"]),
                                             (country(e["source"]) == country(g["source"]))
                                             + (country(e["target"]) == country(g["target"]))))
            if best["target"] == g["target"]:
                continue
            verb = best["evidence"]["verb"]
            if g["target"] is None:
                cause = "spurious"
            elif best["target"] is not None and best["target"] == best["source"]:
                cause = "self"
            elif best["target"] is None:
                w = where(text, sent, verb, mentions[u["unit"]], g["target"], best["evidence"]["source"])
                if w is None:
                    own = best["source"] is not None and country(best["source"]) == country(g["target"])
                    w = "not-named:" + ("doer's-country" if own else "other")
                cause = "missing:" + w
            elif country(best["target"]) == country(g["target"]):
                cause = "wrong-role:" + (best["target"][3:] or "-") + ">" + (g["target"][3:] or "-")
            else:
                w = where(text, sent, verb, mentions[u["unit"]], g["target"], best["evidence"]["source"])
                cause = "wrong:" + (w or "not-named")
            tally[(cause, split)] += 1
            detail.append("\t".join(map(str, [u["unit"], split, sent[0], sent[1], g["code"], g["source"], g["target"],
                                              best["code"], best["source"], best["target"], cause])))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["cause", "split", "events"])
    for split in splits:
        w.writerow(["(matched events)", split, matched[split]])
        for (cause, sp), n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
            if sp == split:
                w.writerow([cause, sp, n])
    if a.detail:
        with open(a.detail, "w", encoding="utf-8") as f:
            f.write("\n".join(detail) + "\n")


if __name__ == "__main__":
    main()
