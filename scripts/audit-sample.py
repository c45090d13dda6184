#!/usr/bin/env python3
"""Draw a fixed-seed random sample of coded events for a precision audit, and score judged labels.

Why: dev-set F1 only tells how the coder does on a few hundred annotated sentences; a precision audit on
unseen news says how often an emitted event is right. The sample is drawn from the coder's JSONL output,
so the same seed over the same output gives the same events; an event is keyed by
(article, sentence index, code, source, target), which lets a later run (after fixes) be re-judged on the
same keys.

Usage:
  sed -n 501,1500p ../shared/corpus/articles.jsonl > /tmp/audit.jsonl
  ./entente code --input-format jsonl /tmp/audit.jsonl > /tmp/audit-out.jsonl
  scripts/audit-sample.py sample /tmp/audit-out.jsonl -n 100 --seed 7 --articles /tmp/audit.jsonl
  scripts/audit-sample.py sample /tmp/audit-out.jsonl -n 100 --seed 7 --tsv    # key columns + blank label
  scripts/audit-sample.py score LABELS.tsv [MORE.tsv...]                        # precision from labels
  scripts/audit-sample.py recheck LABELS.tsv [MORE.tsv...] /tmp/audit-out-new.jsonl --base /tmp/audit-out.jsonl
                                              # which judged events survive, which events are new there

  scripts/audit-sample.py compare A.tsv B.tsv                                   # two samples: difference, p value
  scripts/audit-sample.py strata OLD.jsonl NEW.jsonl LABELS.tsv...             # precision of the events both
                                              # outputs share, of those only NEW has, only OLD has; each output's estimate
  scripts/audit-sample.py curve OUT.jsonl LABELS.tsv... --thresholds 0.2,0.3  # the judged events an output would keep
                                              # at each filter threshold, read from their learned-filter:P rule (OUT
                                              # coded with the model's threshold set to 0: BENCHMARKS.md, session 11)

Labels file (TSV, '#' comments): article, sentence, code, source, target, label, reason[, mechanism].
The optional mechanism column names what general fix would have made a wrong event right (several joined
with ','); score tallies it.
Labels: ok | code (wrong code, right root) | root (wrong root) | source | target | modality | none (no event).
Several labels may be joined with '+' ("source+target"). The file holds ids only, never corpus text.
"""
import argparse
import csv
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAMEO = os.path.join(HERE, '..', 'entente-core', 'src', 'main', 'resources', 'events', 'cameo.tsv')
LABELS = ('ok', 'code', 'root', 'source', 'target', 'modality', 'none')


def cameo_names():
    names = {}
    with open(CAMEO, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('code\t'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 2:
                names[cols[0]] = cols[2]
    return names


def read_events(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def key(ev):
    return (ev['article'], str(ev['sentence']), ev['code'], ev['source'] or '-', ev['target'] or '-')


def read_articles(path):
    if not path:
        return {}
    with open(path, encoding='utf-8') as f:
        return {a['id']: a.get('text', '') for a in map(json.loads, filter(str.strip, f))}


def piece(ev, span, articles):
    """Text of an evidence span. Spans are offsets into the article's clean text and the sentence text
    starts at the sentence's span[0], so a span inside the sentence is cut out of it. A span outside it
    (a pronoun's antecedent in an earlier sentence) is cut from the raw article when given, marked '~'
    because cleaning may shift offsets a little."""
    if not span:
        return None
    start, end = ev['span']
    if start <= span[0] and span[1] <= end:
        return ev['text'][span[0] - start:span[1] - start]
    raw = articles.get(ev['article'])
    return '~' + raw[span[0]:span[1]] if raw else f'(outside sentence {span[0]}-{span[1]})'


def sample(events, n, seed):
    # Sort first so the draw does not depend on output order (threads, file order).
    events = sorted(events, key=lambda e: key(e) + (str(e['modality']),))
    rnd = random.Random(seed)
    picked = rnd.sample(range(len(events)), min(n, len(events)))
    return [events[i] for i in sorted(picked)]


def cmd_sample(args):
    names = cameo_names()
    articles = read_articles(args.articles)
    chosen = sample(read_events(args.output), args.n, args.seed)
    if args.tsv:
        w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
        w.writerow(['#article', 'sentence', 'code', 'source', 'target', 'label', 'reason'])
        for ev in chosen:
            w.writerow(list(key(ev)) + ['', ''])
        return
    for i, ev in enumerate(chosen, 1):
        evid = ev.get('evidence') or {}
        print(f"[{i}] {' | '.join(key(ev))}")
        print(f"    text:     {ev['text']}")
        print(f"    code:     {ev['code']} {names.get(ev['code'], '?')}   modality: {ev['modality']}"
              f"   said_by: {ev.get('said_by')}")
        print(f"    source:   {ev['source']} <{piece(ev, evid.get('source'), articles)}>")
        print(f"    target:   {ev['target']} <{piece(ev, evid.get('target'), articles)}>")
        print(f"    trigger:  <{piece(ev, evid.get('verb'), articles)}>   pattern: {ev.get('pattern')}")
        print()


def read_labels(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for cols in csv.reader(f, delimiter='\t'):
            if not cols or cols[0].startswith('#'):
                continue
            rows.append(cols + [''] * (7 - len(cols)))
    return rows


def wilson(k, n, z=1.96):
    """95 % Wilson score interval of a proportion k/n: it stays inside [0, 1] and is honest at small n."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def correct_counts(rows):
    """(judged, fully correct, core correct). Core: an event, right root, right actors; code detail or
    modality may be off."""
    def has(row, lab):
        return lab in row[5].split('+')
    ok = sum(1 for r in rows if r[5] == 'ok')
    core = sum(1 for r in rows if not any(has(r, l) for l in ('none', 'root', 'source', 'target')))
    return len(rows), ok, core


def article_part(article):
    """The corpus part an article id names: AFP wire ids start 'tml-', BBC ids are 'bbc-<section>-<n>'."""
    if article.startswith('tml-'):
        return 'AFP'
    return article.rsplit('-', 1)[0]


def score(rows):
    n, ok, core = correct_counts(rows)
    if not n:
        return 'no labels'
    def interval(k):
        lo, hi = wilson(k, n)
        return f'{k} ({k / n:.0%}, 95 % Wilson {lo:.0%}-{hi:.0%})'
    lines = [f'judged {n}: fully correct {interval(ok)}; right event, root, source and target {interval(core)}']
    counts = {}
    for r in rows:
        for lab in r[5].split('+'):
            counts[lab] = counts.get(lab, 0) + 1
    lines.append('labels: ' + ', '.join(f'{lab} {counts[lab]}' for lab in LABELS if lab in counts))
    bad = [lab for lab in counts if lab not in LABELS]
    if bad:
        lines.append('unknown labels: ' + ', '.join(bad))
    parts = {}
    for r in rows:
        part = parts.setdefault(article_part(r[0]), [0, 0])
        part[0] += r[5] == 'ok'
        part[1] += 1
    lines.append('fully correct by part: ' + ', '.join(f'{p} {k} of {n}' for p, (k, n) in sorted(parts.items())))
    mechanisms = mechanism_tally(rows)
    if mechanisms:
        lines.append('mechanisms of the wrong events: ' + mechanisms)
    return '\n'.join(lines)


def mechanism_tally(rows):
    """The 8th column's tags over the wrong events, most frequent first ('' when none is tagged)."""
    counts = {}
    for r in rows:
        if r[5] != 'ok' and len(r) > 7 and r[7].strip() not in ('', '-'):
            for m in r[7].split(','):
                counts[m.strip()] = counts.get(m.strip(), 0) + 1
    return ', '.join(f'{m} {c}' for m, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def cmd_score(args):
    # several files: each event key counted once (the first file that judged it), so overlapping samples
    # of one output can be tallied together
    rows, seen = [], set()
    for path in args.labels:
        for r in read_labels(path):
            if tuple(r[:5]) not in seen:
                seen.add(tuple(r[:5]))
                rows.append(r)
    print(score(rows))


def two_proportion_p(k1, n1, k2, n2):
    """Two-sided p value of the pooled two-proportion z test (normal approximation)."""
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = abs(k1 / n1 - k2 / n2) / se
    return math.erfc(z / math.sqrt(2))


def cmd_compare(args):
    """Whether two judged samples differ by more than sampling error, for fully and core correct."""
    a, b = correct_counts(read_labels(args.a)), correct_counts(read_labels(args.b))
    for name, i in (('fully correct', 1), ('core correct', 2)):
        print(f'{name}: {a[i]}/{a[0]} ({a[i] / a[0]:.0%}) vs {b[i]}/{b[0]} ({b[i] / b[0]:.0%}), '
              f'two-proportion test p = {two_proportion_p(a[i], a[0], b[i], b[0]):.2f}')


def cmd_recheck(args):
    """Which judged events a new output still emits (same key), and which new events sit in the judged
    sentences (to be judged before the after-figure is computed; an event gone is no longer emitted, so it
    leaves the sample: the after-figure is over the judged events still emitted plus the new ones)."""
    rows, seen = [], set()
    for path in args.labels:   # a key judged in several files counts once, with the first file's label
        for r in read_labels(path):
            if tuple(r[:5]) not in seen:
                seen.add(tuple(r[:5]))
                rows.append(r)
    new = read_events(args.output)
    newkeys = {key(e) for e in new}
    judged = {tuple(r[:5]) for r in rows}
    sentences = {(r[0], r[1]) for r in rows}
    gone = [r for r in rows if tuple(r[:5]) not in newkeys]
    print(f'{len(rows) - len(gone)} of {len(rows)} judged events still emitted; {len(gone)} gone:')
    for r in gone:
        print('  gone  ' + '\t'.join(r[:6]) + '\t' + r[6])
    # why: tells which error classes a change removed and which it left, not only how many events went
    gone_keys = {tuple(r[:5]) for r in gone}
    kept = [r for r in rows if tuple(r[:5]) not in gone_keys]
    print(f'  mechanisms of the gone wrong events ({sum(r[5] != "ok" for r in gone)}): {mechanism_tally(gone)}')
    print(f'  mechanisms of the still emitted wrong events ({sum(r[5] != "ok" for r in kept)}): {mechanism_tally(kept)}')
    names = cameo_names()
    before = {key(e) for e in read_events(args.base)} if args.base else set()
    for e in new:
        if (e['article'], str(e['sentence'])) in sentences and key(e) not in judged and key(e) not in before:
            print('  new   ' + '\t'.join(key(e)) + f"\t{names.get(e['code'], '?')}\t{e['modality']}")


def cmd_strata(args):
    """Two builds share most events, so two samples (one per build) both measure the shared ones. Pool every
    judged key by stratum (in both outputs, only in the old, only in the new) and weight each stratum's share
    correct by its size: an estimate of each build's precision that uses all judgements, and says whether
    the events one build adds or drops are better or worse than the rest."""
    old = {key(e) for e in read_events(args.old)}
    new = {key(e) for e in read_events(args.new)}
    labels = {}
    for path in args.labels:
        for r in read_labels(path):
            labels.setdefault(tuple(r[:5]), r[5])
    strata = {'shared': old & new, 'only old': old - new, 'only new': new - old}
    share = {}
    for name, keys in strata.items():
        judged = [k for k in labels if k in keys]
        ok = sum(1 for k in judged if labels[k] == 'ok')
        share[name] = ok / len(judged) if judged else 0.0
        ci = '' if not judged else ', 95 %% Wilson %.0f%%-%.0f%%' % tuple(100 * x for x in wilson(ok, len(judged)))
        print(f'{name}: {len(keys)} events, {len(judged)} judged, {ok} fully correct'
              f' ({share[name]:.0%}{ci})')
    for name, total, parts in (('old', len(old), ('shared', 'only old')), ('new', len(new), ('shared', 'only new'))):
        right = sum(share[p] * len(strata[p]) for p in parts)
        print(f'{name} output: about {right:.0f} of {total} events fully correct ({right / total:.0%})')


def cmd_curve(args):
    """How the share of judged events fully right moves with the learned filter's threshold: each event's score is
    the P of its 'learned-filter:P' rule (events the filter does not judge, the proposer's, are kept at every
    threshold). Reads an output coded with the model's threshold set to 0, so every candidate carries its score."""
    labels = {}
    for path in args.labels:
        for r in read_labels(path):
            labels.setdefault(tuple(r[:5]), r[5])
    scored = []
    for e in read_events(args.output):
        p = next((float(r.split(':', 1)[1]) for r in e.get('rules', []) if r.startswith('learned-filter:')), None)
        scored.append((p, labels.get(key(e))))
    print('threshold\temitted\tjudged\tright\tshare right')
    for t in (float(x) for x in args.thresholds.split(',')):
        kept = [lab for p, lab in scored if p is None or p >= t]
        judged = [lab for lab in kept if lab]
        right = sum(1 for lab in judged if lab == 'ok')
        share = f'{right / len(judged):.3f}' if judged else '-'
        print(f'{t:.2f}\t{len(kept)}\t{len(judged)}\t{right}\t{share}')


def main():
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # "| head" ends the output quietly
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest='cmd', required=True)
    s = sub.add_parser('sample')
    s.add_argument('output', help='JSONL output of ./entente code')
    s.add_argument('-n', type=int, default=100)
    s.add_argument('--seed', type=int, default=7)
    s.add_argument('--articles', help='the input JSONL, to show evidence outside the sentence (antecedents)')
    s.add_argument('--tsv', action='store_true', help='print a label template instead of the events')
    s.set_defaults(func=cmd_sample)
    c = sub.add_parser('score')
    c.add_argument('labels', nargs='+', help='labels files; a key in several counts once')
    c.set_defaults(func=cmd_score)
    d = sub.add_parser('compare')
    d.add_argument('a')
    d.add_argument('b')
    d.set_defaults(func=cmd_compare)
    t = sub.add_parser('strata')
    t.add_argument('old', help='JSONL output of the earlier build')
    t.add_argument('new', help='JSONL output of the later build')
    t.add_argument('labels', nargs='+', help='labels files (the first file that judged a key gives its label)')
    t.set_defaults(func=cmd_strata)
    v = sub.add_parser('curve')
    v.add_argument('output', help='JSONL output of ./entente code with the filter threshold at 0')
    v.add_argument('labels', nargs='+', help='labels files (the first file that judged a key gives its label)')
    v.add_argument('--thresholds', default='0,0.2,0.24,0.3,0.35,0.4,0.5')
    v.set_defaults(func=cmd_curve)
    r = sub.add_parser('recheck')
    r.add_argument('labels', nargs='+', help='labels files; a key in several counts once')
    r.add_argument('output')
    r.add_argument('--base', help='the output the labels were drawn from: list only events it did not have')
    r.set_defaults(func=cmd_recheck)
    args = p.parse_args()
    args.func(args)


if __name__ == '__main__':
    main()
