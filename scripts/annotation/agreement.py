#!/usr/bin/env python3
"""Agreement between annotators A and B on the overlap articles of annotations/units.tsv.

Usage: agreement.py [--a-dir DIR] [--b-dir DIR] [--json]
  Compares labels-A.jsonl (A's own overlap units) with overlap-B.jsonl (B's labels of them), and
  labels-B.jsonl with overlap-A.jsonl, then both together. DIR defaults to annotations/ of this repo
  (use --b-dir to read the other annotator's worktree before the branches are merged).

Reported, over the units labelled by both:
  - event-level F1 on (sentence, source country, target country, root) and on the full code: one
    annotator's events are the reference, the other's the prediction (F1 is symmetric); events match
    one to one when their sentence spans overlap and the keys are equal; for symmetric codes (meet,
    negotiate, sign, cooperate, clash) source and target may be swapped;
  - the same F1 over essential events only (an essential event may match a borderline one);
  - Cohen's kappa on `essential` and the share of equal `modality` over the matched pairs (root level);
  - units where both say there is no event, and where only one does.
An actor's "country" is its first three letters (RUSGOV -> RUS); for IGO/NGO/IMG bodies it is the body's
code without a trailing CAMEO role (IGOWSTNATMIL -> IGOWSTNAT, IGOUNOJUD -> IGOUNO), as a role after a
country head is dropped; None for a null actor.
--details lists, per unit, the events one annotator has and the other lacks at root level (sentence
start, source>target:code; never article text), for adjudication and guideline work.
"""
import argparse
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SYMMETRIC = {"040", "044", "046", "057", "060", "061", "062", "063", "064", "190", "193"}
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))


def role_types():
    path = os.path.join(SHARED, "eval", "cameo_actor_types.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        return {r["code"] for r in csv.DictReader(f, delimiter="\t")}


ROLES = role_types()


def country(code):
    if code is None:
        return None
    if code[:3] in ("IGO", "NGO", "IMG"):
        while len(code) > 6 and code[-3:] in ROLES:
            code = code[:-3]  # IGOWSTNATMIL is NATO acting through its forces: the body is IGOWSTNAT
        return code
    return code[:3]


def read_jsonl(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {lab["unit"]: lab for lab in (json.loads(x) for x in f if x.strip())}


def overlaps(s, t):
    return s[0] < t[1] and t[0] < s[1]


def keys_equal(a, b, full):
    ca, cb = (a["code"], b["code"]) if full else (a["code"][:2], b["code"][:2])
    if ca != cb:
        return False
    sa, ta, sb, tb = country(a["source"]), country(a["target"]), country(b["source"]), country(b["target"])
    if (sa, ta) == (sb, tb):
        return True
    return a["code"] in SYMMETRIC and b["code"] in SYMMETRIC and (sa, ta) == (tb, sb)


def match(ref, pred, full):
    """Greedy one-to-one matching in reading order: list of (ref_event, pred_event) pairs."""
    used, pairs = set(), []
    for r in ref:
        for j, p in enumerate(pred):
            if j not in used and overlaps(r["sentence"], p["sentence"]) and keys_equal(r, p, full):
                used.add(j)
                pairs.append((r, p))
                break
    return pairs


def f1(nref, npred, nmatch):
    p = nmatch / npred if npred else 0.0
    r = nmatch / nref if nref else 0.0
    return {"ref": nref, "pred": npred, "matched": nmatch, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def kappa(pairs):
    n = len(pairs)
    if not n:
        return None
    agree = sum(1 for x, y in pairs if x == y) / n
    ca, cb = collections.Counter(x for x, _ in pairs), collections.Counter(y for _, y in pairs)
    expect = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return round((agree - expect) / (1 - expect), 3) if expect < 1 else 1.0


def compare(ref_units, pred_units):
    common = sorted(set(ref_units) & set(pred_units))
    tally = collections.Counter()
    ess_pairs, mod_pairs = [], []
    for u in common:
        ref, pred = ref_units[u]["events"], pred_units[u]["events"]
        tally["ref"] += len(ref)
        tally["pred"] += len(pred)
        root_pairs = match(ref, pred, full=False)
        tally["root"] += len(root_pairs)
        tally["code"] += len(match(ref, pred, full=True))
        eref = [e for e in ref if e["essential"]]
        epred = [e for e in pred if e["essential"]]
        tally["eref"] += len(eref)
        tally["epred"] += len(epred)
        tally["eroot"] += len(match(eref, epred, full=False))
        ess_pairs += [(a["essential"], b["essential"]) for a, b in root_pairs]
        mod_pairs += [(a["modality"], b["modality"]) for a, b in root_pairs]
        tally["both_empty"] += not ref and not pred
        tally["one_empty"] += bool(ref) != bool(pred)
    return {
        "units": len(common),
        "units_both_no_event": tally["both_empty"],
        "units_one_no_event": tally["one_empty"],
        "root_level": f1(tally["ref"], tally["pred"], tally["root"]),
        "full_code": f1(tally["ref"], tally["pred"], tally["code"]),
        "essential_root_level": f1(tally["eref"], tally["epred"], tally["eroot"]),
        "essential_kappa": kappa(ess_pairs),
        "essential_agreement": round(sum(x == y for x, y in ess_pairs) / len(ess_pairs), 3) if ess_pairs else None,
        "modality_agreement": round(sum(x == y for x, y in mod_pairs) / len(mod_pairs), 3) if mod_pairs else None,
        "modality_kappa": kappa(mod_pairs),
        "matched_pairs": len(mod_pairs),
    }


def details(a_units, b_units):
    def show(evs):
        return " ".join(f"{e['sentence'][0]}:{e['source']}>{e['target']}:{e['code']}" for e in evs)
    for u in sorted(set(a_units) & set(b_units)):
        a, b = a_units[u]["events"], b_units[u]["events"]
        pairs = match(a, b, full=False)
        ma, mb = {id(x) for x, _ in pairs}, {id(y) for _, y in pairs}
        print(f"{u}: A {len(a)}, B {len(b)}, matched {len(pairs)} | A only: "
              f"{show(e for e in a if id(e) not in ma)} | B only: {show(e for e in b if id(e) not in mb)}")


def overlap_units(units_tsv, owner):
    with open(units_tsv, encoding="utf-8", newline="") as f:
        return {u["unit"] for u in csv.DictReader(f, delimiter="\t") if u["overlap"] == "yes" and u["annotator"] == owner}


def main():
    ap = argparse.ArgumentParser()
    here = os.path.join(REPO, "annotations")
    ap.add_argument("--a-dir", default=here)
    ap.add_argument("--b-dir", default=here)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()
    units_tsv = os.path.join(REPO, "annotations", "units.tsv")
    a_own = {k: v for k, v in read_jsonl(os.path.join(a.a_dir, "labels-A.jsonl")).items()
             if k in overlap_units(units_tsv, "A")}
    b_own = {k: v for k, v in read_jsonl(os.path.join(a.b_dir, "labels-B.jsonl")).items()
             if k in overlap_units(units_tsv, "B")}
    a_of_b = read_jsonl(os.path.join(a.a_dir, "overlap-A.jsonl"))
    b_of_a = read_jsonl(os.path.join(a.b_dir, "overlap-B.jsonl"))
    out = {
        "A_units (A reference, B prediction)": compare(a_own, b_of_a),
        "B_units (B reference, A prediction)": compare(b_own, a_of_b),
        "all": compare({**a_own, **{k: v for k, v in a_of_b.items()}},
                       {**b_of_a, **{k: v for k, v in b_own.items()}}),
    }
    if a.json:
        print(json.dumps(out, indent=1))
        return
    if a.details:
        details({**a_own, **a_of_b}, {**b_of_a, **b_own})
    for name, r in out.items():
        print(f"== {name}: {r['units']} units double-labelled "
              f"({r['units_both_no_event']} both no event, {r['units_one_no_event']} only one no event)")
        if not r["units"]:
            continue
        for k in ("root_level", "full_code", "essential_root_level"):
            x = r[k]
            print(f"  F1 {k:<22} {x['f1']:.3f}  (P {x['precision']:.3f} R {x['recall']:.3f}; "
                  f"{x['matched']} matched of {x['ref']} ref / {x['pred']} pred)")
        print(f"  essential: kappa {r['essential_kappa']}, raw agreement {r['essential_agreement']} "
              f"over {r['matched_pairs']} matched pairs")
        print(f"  modality: agreement {r['modality_agreement']}, kappa {r['modality_kappa']}")
    if not any(r["units"] for r in out.values()):
        print("agreement.py: no unit is labelled by both annotators yet", file=sys.stderr)


if __name__ == "__main__":
    main()
