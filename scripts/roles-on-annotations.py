#!/usr/bin/env python3
"""Source and target correctness of the coder on the team's annotated real-news set (annotations/README.md).

For each labelled event of the chosen split, the coder's events in the same sentence with the same CAMEO root are
its candidates (the one agreeing best on source and target is taken); a labelled event with none is "not found".
Of the found ones it reports how often the source and the target are right: exactly (the actor code) and by
country (the first three letters; a null target must be null). Report on the test split; never tune on it.

  scripts/roles-on-annotations.py [--split test] [--launcher ./entente] [--java-opts "-Xmx2g"] LABEL_DIR...

LABEL_DIR holds units.tsv and labels-*.jsonl (e.g. ../annot-a/annotations ../annot-b/annotations). Articles
come from ../shared/corpus/articles.jsonl (development pool, lines 1-3000, as the labels require)."""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import tempfile


def norm(s):
    return " ".join(s.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--split", default="test")
    ap.add_argument("--launcher", default="./entente")
    ap.add_argument("--java-opts", default="-Xmx2g")
    ap.add_argument("--corpus", default=os.path.join(os.environ.get("ENTENTE_SHARED", "../shared"),
                                                     "corpus", "articles.jsonl"))
    a = ap.parse_args()

    units = {}
    labels = {}
    for d in a.dirs:
        with open(os.path.join(d, "units.tsv"), encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                units[row["unit"]] = row
        for path in sorted(glob.glob(os.path.join(d, "labels-*.jsonl"))):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        u = json.loads(line)
                        labels[u["unit"]] = u
    chosen = [u for u in labels.values() if units.get(u["unit"], {}).get("split") == a.split]
    lines = {int(u["line"]) for u in chosen}
    if max(lines, default=0) > 3000:
        sys.exit("labels outside the development pool (lines 1-3000)")
    articles = {}
    with open(a.corpus, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n in lines:
                articles[n] = json.loads(line)
            if n >= 3000:
                break

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for u in chosen:
            art = articles[int(u["line"])]
            tmp.write(json.dumps({"id": u["unit"], "text": art["text"], "date": art.get("date")}) + "\n")
    env = dict(os.environ, ENTENTE_JAVA_OPTS=a.java_opts)
    out = subprocess.run([a.launcher, "code", tmp.name], capture_output=True, text=True, env=env)
    os.unlink(tmp.name)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    ours = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        ours.setdefault((e["article"], norm(e["text"])), []).append(e)

    def country(c):
        return None if c is None else c[:3]

    gold_n = found = src = src_c = tgt = tgt_c = 0
    for u in chosen:
        text = articles[int(u["line"])]["text"]
        for g in u["events"]:
            gold_n += 1
            sent = norm(text[g["sentence"][0]:g["sentence"][1]])
            cands = [e for e in ours.get((u["unit"], sent), []) if e["code"][:2] == g["code"][:2]]
            if not cands:
                continue
            found += 1
            best = max(cands, key=lambda e: ((e["source"] == g["source"]) + (e["target"] == g["target"]),
                                             (country(e["source"]) == country(g["source"]))
                                             + (country(e["target"]) == country(g["target"]))))
            src += best["source"] == g["source"]
            src_c += country(best["source"]) == country(g["source"])
            tgt += best["target"] == g["target"]
            tgt_c += country(best["target"]) == country(g["target"])

    def pct(k):
        return f"{100.0 * k / found:.1f} %" if found else "n/a"

    print(f"split {a.split}: {len(chosen)} units, {gold_n} labelled events, {found} found by the coder "
          f"(same sentence, same CAMEO root)")
    print(f"  source right: {src}/{found} = {pct(src)} (code), {src_c}/{found} = {pct(src_c)} (country)")
    print(f"  target right: {tgt}/{found} = {pct(tgt)} (code), {tgt_c}/{found} = {pct(tgt_c)} (country)")


if __name__ == "__main__":
    main()
