"""Reads the reason resolution stores with each joining report (`event_mentions.resolution`, MergeEvidence.explain):
the figures it gives and the clause of Resolution.standard() that let the report merge. Shared by
scripts/resolution-merges.py and scripts/resolution-pairs.py."""
import re

# Resolution.standard(); used only to name the clause, never to decide anything
MIN_ACT, MIN_STORY, STRONG_ACT, STRONG_STORY, STORY_ACT, LOOSE_DAYS, MIN_LEAD, LEAD_DAYS = 0.2, 0.2, 0.5, 0.7, 0.1, 1, 0.15, 0


def evidence(reason):
    """Act words, story names, same code, days apart, how the sides met, and how many act words were shared."""
    act_m = re.search(r"act words ([0-9.]+)(?: \(([^)]*)\))?", reason)
    story_m = re.search(r"story names ([0-9.]+)", reason)
    lead_m = re.search(r"lead words ([0-9.]+)", reason)
    days_m = re.search(r"(\d+) days? apart", reason)
    shared = act_m.group(2) or ""
    # explain() lists at most six shared words, then "…"
    n_shared = 7 if "…" in shared else len([w for w in shared.split(", ") if w])
    return {"act": float(act_m.group(1)), "story": float(story_m.group(1)) if story_m else 0.0,
            "lead": float(lead_m.group(1)) if lead_m else 0.0,
            "same_code": "same code" in reason, "days": int(days_m.group(1)) if days_m else 0,
            "one_side": "one side unreported" in reason, "reversed": "direction reversed" in reason,
            "shared_words": n_shared}


def clause(reason):
    """act+story, act words, strong story, same lead (or ? when none applies), + one side / + reversed."""
    e = evidence(reason)
    if e["act"] >= MIN_ACT and e["story"] >= MIN_STORY:
        name = "act+story"
    elif e["act"] >= STRONG_ACT:
        name = "act words"
    elif e["same_code"] and e["story"] >= STRONG_STORY and "dates unknown" not in reason and e["act"] >= STORY_ACT and e["days"] <= LOOSE_DAYS:
        name = "strong story"
    elif e["same_code"] and e["lead"] >= MIN_LEAD and "dates unknown" not in reason and e["days"] <= LEAD_DAYS:
        name = "same lead"
    else:
        name = "?"
    return name + ("+one side" if e["one_side"] else "") + ("+reversed" if e["reversed"] else "")
