#!/usr/bin/env python3
"""US Congress current legislators and all presidents and vice presidents (CC0, unitedstates/congress-legislators)
-> entente-core/src/main/resources/actors/derived/congress.tsv.

Senators and representatives are LEG for each term, presidents and vice presidents GOV (presidents, heads of
state and government, also by surname alone). Terms running past the snapshot are capped at it: the snapshot is
the latest term start in the files (they vouch for nothing later).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kb_common as kb

TITLES = {"sen": ("LEG", "United States Senator"), "rep": ("LEG", "Member of the US House of Representatives"),
          "prez": ("GOV", "President of the United States"), "viceprez": ("GOV", "Vice President of the United States")}


def load(name):
    with open(os.path.join(kb.SOURCES, "congress", name), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def main():
    people = load("legislators-current.yaml") + load("executive.yaml")
    snapshot = max(str(t["start"]) for p in people for t in p["terms"])
    w = kb.Writer("congress", "US Congress current legislators and US presidents and vice presidents (CC0), from\n"
                  f"github.com/unitedstates/congress-legislators; terms capped at the snapshot ({snapshot}).")
    for p in people:
        n = p["name"]
        first, last = n.get("first", ""), n.get("last", "")
        full = n.get("official_full") or f"{first} {last}"
        aliases = [f"{first} {last}"]
        if n.get("nickname"):
            aliases.append(f"{n['nickname']} {last}")
        for t in p["terms"]:
            role, title = TITLES[t["type"]]
            start, end = str(t["start"]), str(t["end"])
            end = min(end, snapshot) if end > snapshot else end
            if start >= end:
                end = None if t["type"] in ("sen", "rep") and start == snapshot else end
            # the surname alone only for presidents of the last decades: "Taylor", "Wilson" or "Hayes" in
            # today's news are hardly ever the 19th-century presidents
            more = [last] if t["type"] == "prez" and len(last) >= 3 and str(t["end"]) >= "1981" else []
            state = f" from {t['state']}" if t.get("state") else ""
            w.add(full, aliases + more, "USA", role, start, end or snapshot_plus(snapshot), title + state)
    w.write()


def snapshot_plus(snapshot):
    """A term that starts on the snapshot day runs one day in the file's view."""
    import datetime
    return (datetime.date.fromisoformat(snapshot) + datetime.timedelta(days=1)).isoformat()


if __name__ == "__main__":
    main()
