#!/usr/bin/env python3
"""How similar the leads of two articles are when resolution compares their reports (issue 18, session 10).

For every pair of event mentions of two different articles that resolution would compare (same CAMEO root,
modality and history flag; sides the same, swapped on roots 03-06, or one side left out by one of the two; both
dated and at most --days apart) this computes the exact Jaccard overlap of the two articles' lead words (the
content words of the title and of the first 120 words of the text, as org.entente.store.Sketch takes them; the
store's merge uses a 64-slot MinHash estimate of the same figure), and whether the two reports are already in one
event. Prints one row per article pair (its closest mention pair) by band of lead overlap: pairs, already linked,
same full code.

--read BAND_LO BAND_HI --n N --seed S prints N drawn article pairs of that band that are not yet linked, with both
titles and both sentences, for judging by hand: ONLY on a store of development-pool articles (corpus lines 1-3000);
never into the repo. --tsv FILE writes the drawn pairs' ids for the verdicts.

Usage: scripts/resolution-leadsim.py MENTIONS.csv ARTICLES.csv [--days 2] [--read LO HI --n 30 --seed 10 --tsv F]
  MENTIONS.csv / ARTICLES.csv: ./entente export --db DIR --format csv --table mentions|articles FILE
"""
import argparse
import collections
import csv
import datetime
import itertools
import random
import re

csv.field_size_limit(10**9)
SYMMETRIC = {"03", "04", "05", "06"}
# Resolution.STOP
STOP = set("""the and for with that this was were has have had said says will would from its his her their they are
been but not which who after over into also about than on more one two new could may should told reporters thursday
friday monday tuesday wednesday saturday sunday year years""".split())
LEAD_WORDS = 120
BANDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01]


def stem(w):
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 4 and w.endswith("es"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def words_of(token):
    out = [stem(w) for w in re.split(r"[^\w]+|[\d_]+", token) if len(w) >= 3 and w not in STOP]
    return out


def lead(title, text):
    out = set()
    for part, limit in ((title, 10**9), (text, LEAD_WORDS)):
        n = 0
        for w in re.split(r"[^\w]+|_+", (part or "").lower()):
            if not w:
                continue
            n += 1
            if n > limit:
                break
            ws = words_of(w)
            if ws:
                out.update(ws)
            elif len(w) >= 2 and w[0].isdigit():
                out.add(w)
    return out


def meets(x, y):
    if (x["root"], x["modality"], x["historical"]) != (y["root"], y["modality"], y["historical"]):
        return None
    s1, t1, s2, t2 = x["src"], x["tgt"], y["src"], y["tgt"]
    sym = x["root"] in SYMMETRIC
    if (s1, t1) == (s2, t2):
        return "same"
    if sym and (s1, t1) == (t2, s2):
        return "reversed"

    def one(a, b, ea, eb):
        return a is not None and a == ea and (b is None) != (eb is None)
    if one(s1, t1, s2, t2) or one(t1, s1, t2, s2) or (sym and (one(s1, t1, t2, s2) or one(t1, s1, s2, t2))):
        return "one side"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mentions")
    ap.add_argument("articles")
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--read", nargs=2, type=float)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--tsv")
    a = ap.parse_args()
    arts = {r["id"]: r for r in csv.DictReader(open(a.articles, encoding="utf-8"))}
    leads = {i: lead(r["title"], r["text"]) for i, r in arts.items()}
    by_block = collections.defaultdict(list)
    for r in csv.DictReader(open(a.mentions, encoding="utf-8")):
        if not r["date"]:
            continue
        r["src"] = r["source_country"] or r["source"] or None
        r["tgt"] = r["target_country"] or r["target"] or None
        if r["src"] is None and r["tgt"] is None:
            continue
        r["d"] = datetime.date.fromisoformat(r["date"])
        by_block[(r["root"], r["modality"], r["historical"])].append(r)
    pairs = {}
    for rows in by_block.values():
        for x, y in itertools.combinations(rows, 2):
            if x["article_id"] == y["article_id"] or abs((x["d"] - y["d"]).days) > a.days:
                continue
            m = meets(x, y)
            if m is None:
                continue
            la, lb = leads[x["article_id"]], leads[y["article_id"]]
            j = len(la & lb) / len(la | lb) if la and lb else 0.0
            key = tuple(sorted((x["article_id"], y["article_id"])))
            linked = x["event_id"] == y["event_id"]
            rank = (linked, x["code"] == y["code"], m == "same")
            if key not in pairs or rank > pairs[key][1]:
                pairs[key] = (j, rank, x, y, m)
    table = collections.defaultdict(lambda: [0, 0, 0])
    for j, rank, x, y, m in pairs.values():
        band = max(b for b in BANDS if b <= j)
        t = table[band]
        t[0] += 1
        t[1] += rank[0]
        t[2] += rank[1]
    print(f"article pairs with comparable reports (dated, <= {a.days} days): {len(pairs)}")
    print("lead overlap band   pairs  already linked  same code")
    for b in BANDS[:-1]:
        t = table[b]
        print(f"  >= {b:4.2f}         {t[0]:6d}  {t[1]:14d}  {t[2]:9d}")
    if a.read:
        lo, hi = a.read
        pool = sorted((v for v in pairs.values() if lo <= v[0] < hi and not v[1][0]),
                      key=lambda v: (v[2]["article_id"], v[3]["article_id"]))
        drawn = random.Random(a.seed).sample(pool, min(a.n, len(pool)))
        out = []
        for n, (j, rank, x, y, m) in enumerate(drawn):
            ax, ay = arts[x["article_id"]], arts[y["article_id"]]
            print(f"\n== {n} lead {j:.2f} {m} {x['code']} vs {y['code']}")
            for r, ar in ((x, ax), (y, ay)):
                print(f"   {r['article_id']} {r['date']} {r['code']} {r['source']}>{r['target']} | {ar['title']}")
                print(f"      {r['text'][:400]}")
            out.append([n, x["article_id"], x["idx"], y["article_id"], y["idx"], x["code"], y["code"], m,
                        f"{j:.3f}", "", ""])
        if a.tsv:
            with open(a.tsv, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, delimiter="\t")
                w.writerow(["n", "article_a", "idx_a", "article_b", "idx_b", "code_a", "code_b", "sides", "lead",
                            "verdict", "note"])
                w.writerows(out)


if __name__ == "__main__":
    main()
