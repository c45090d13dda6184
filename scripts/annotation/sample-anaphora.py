#!/usr/bin/env python3
"""Samples resolutions of the anaphora step (actors mentions whose provenance starts with "anaphor") per kind of
anaphor and prints each with the text from its antecedent to it, the anaphor in [[ ]], for judging by hand.
Usage: sample-anaphora.py ACTORS.jsonl TEXT.jsonl SEED PER_KIND
  ACTORS.jsonl: ./entente actors --input-format jsonl POOL.jsonl;  TEXT.jsonl: ./entente extract --jsonl --input-format jsonl POOL.jsonl
Pool lines 1-3000 only (preamble)."""
import json,random,sys,re
acts,texts,seed,per=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
T={}
for l in open(texts):
    a=json.loads(l); T[a['file']]=a['text']
groups={}
for l in open(acts):
    m=json.loads(l)
    if not m['dictionary'].startswith('anaphor'): continue
    word=m['dictionary'].split("'")[1]
    g={'he':'person','she':'person','his':'person','her':'person','him':'person','they':'group','their':'group','them':'group','it':'it','its':'its','country':'country','nation':'country'}.get(word,'role')

    groups.setdefault(g,[]).append(m)
r=random.Random(seed)
n=0
for g in sorted(groups):
    ms=groups[g]; pick=r.sample(ms,min(per,len(ms)))
    for m in pick:
        n+=1
        t=T[m['article']]; s,e=m['span']
        at=int(re.search(r"' at (\d+)",m['dictionary']).group(1))
        # the extract text and the coded text may differ by a few characters: find the mention near its span
        cands=[i.start() for i in re.finditer(re.escape(m['text']),t)]
        if cands:
            best=min(cands,key=lambda i:abs(i-s)); d=best-s; s+=d; e+=d; at+=d
        ctx=t[max(0,at-60):e+60].replace('\n',' / ')
        ant=re.search(r"-> '(.*)' at",m['dictionary']).group(1)
        # mark anaphor
        off=max(0,at-60)
        ctx=ctx[:s-off]+'[['+ctx[s-off:e-off]+']]'+ctx[e-off:]
        if len(ctx)>700: ctx=ctx[:250]+' ..... '+ctx[-400:]
        print(f"#{n}\t{g}\t{m['article']}\t{m['text']}={m['code']}\tANT='{ant}'@{at}\n   {ctx}\n")
