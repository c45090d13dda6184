#!/usr/bin/env python3
"""Draw a fixed-seed sample of the cross-article merges a store's resolution made, for judging by hand.

A merge is a report that joined an event already holding a report of another article (its stored
`event_mentions.resolution` begins "another article"). For each drawn merge this prints, to stdout, the report's
sentence and title beside every report of the event from other articles, with the stored reason, and names the
clause of `Resolution.standard()` that let it merge:
  act+story     act words >= minActWords (0.2) and story names >= minStory (0.2)
  act words     act words alone >= strongActWords (0.5)
  strong story  same full code, story names >= strongStory (0.7), act words >= storyActWords (0.1), <= looseDays
  same lead     same full code, the two articles' lead words overlap >= minLead (0.15, Sketch), the same day (leadDays 0)
each suffixed "+one side" when the sides met across a missing side, "+reversed" when they met swapped.
The printout is for reading in a terminal or /tmp, never for the repo; `--tsv FILE` writes the skeleton of the
judged file (the report's article id and mention index, the event id, code, score, clause, and "copy" when the
event already held a report of the same text; verdict and note left for the judge). `--verdicts OLD.tsv` fills
verdict and note from an earlier judged file for the reports it holds (matched by article id and mention index:
event ids change when a store is re-resolved), so a re-drawn sample needs only its new merges read.

Usage: scripts/resolution-merges.py MENTIONS.csv ARTICLES.csv [--n 50] [--seed 8] [--tsv OUT.tsv] [--verdicts OLD.tsv]
  MENTIONS.csv: ./entente export --db DIR --format csv --table mentions MENTIONS.csv
  ARTICLES.csv: ./entente export --db DIR --format csv --table articles ARTICLES.csv
Only use it on a store of development-pool articles (corpus lines 1-3000).
"""
import argparse
import collections
import csv
import random

from resolution_reasons import clause

csv.field_size_limit(10**9)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mentions")
    ap.add_argument("articles")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--tsv")
    ap.add_argument("--verdicts", action="append", default=[])
    a = ap.parse_args()
    known = {}
    for path in a.verdicts:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                known[(r["article_id"], r["idx"])] = (r["verdict"], r["note"])
    arts = {r["id"]: r for r in csv.DictReader(open(a.articles, encoding="utf-8"))}
    by_event = collections.defaultdict(list)
    merges = []
    with open(a.mentions, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_event[r["event_id"]].append(r)
            if r["resolution"].startswith("another article"):
                merges.append(r)
    events = {e: rows for e, rows in by_event.items() if len({r["article_id"] for r in rows}) >= 2}
    print(f"# {len(merges)} cross-article merges in {len(events)} events of two or more articles")
    print("# by clause:", dict(collections.Counter(clause(m["resolution"]) for m in merges).most_common()))
    sample = sorted(random.Random(a.seed).sample(merges, min(a.n, len(merges))),
                    key=lambda r: (int(r["event_id"]), r["article_id"], int(r["idx"])))
    out = []
    for n, m in enumerate(sample):
        art = arts.get(m["article_id"], {})
        # the reports of the event the merge joined that were there before it, from other articles
        earlier = [r for r in by_event[m["event_id"]] if r["article_id"] != m["article_id"]]
        copy = any(arts.get(r["article_id"], {}).get("text_id") == art.get("text_id") for r in earlier)
        c = clause(m["resolution"])
        out.append([n, m["article_id"], m["idx"], m["event_id"], m["code"],
                    f"{float(m['resolution_score']):.3f}", c, "copy" if copy else "",
                    *known.get((m["article_id"], m["idx"]), ("", ""))])
        print(f"\n== {n} event {m['event_id']} clause {c}{' COPY' if copy else ''}")
        print(f"   why: {m['resolution']}")
        print(f"   NEW {m['article_id']} {art.get('outlet')} {m['date']} {m['code']} {m['source']}>{m['target']}"
              f" loc={m['location_place'] or m['location_country']}")
        print(f"       title: {art.get('title')}")
        print(f"       text:  {m['text']}")
        for r in earlier:
            ra = arts.get(r["article_id"], {})
            print(f"   OLD {r['article_id']} {ra.get('outlet')} {r['date']} {r['code']} {r['source']}>{r['target']}"
                  f" loc={r['location_place'] or r['location_country']}")
            print(f"       title: {ra.get('title')}")
            print(f"       text:  {r['text']}")
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8") as f:
            f.write("n\tarticle_id\tidx\tevent_id\tcode\tscore\tclause\tcopy\tverdict\tnote\n")
            for row in out:
                f.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    main()
