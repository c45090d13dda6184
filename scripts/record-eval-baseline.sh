#!/usr/bin/env bash
# Records the dev-split F1 per field (and, once annotations/labels-*.jsonl exist, the team annotations' dev-split
# precision, recall and F1) as the floor DevRegressionTest holds the coder to
# (entente-cli/src/test/resources/events/eval-baseline.properties). Run it only after a change that improves the coder,
# and say in the commit which fields moved and why.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=../shared/eval/dev
out=entente-cli/src/test/resources/events/eval-baseline.properties
./entente eval --json "$dev/plover_gsr.jsonl" "$dev/petr2_gsr.jsonl" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("# Last recorded dev-split F1 per field (./entente eval --json ../shared/eval/dev/plover_gsr.jsonl ../shared/eval/dev/petr2_gsr.jsonl),")
print("# written by scripts/record-eval-baseline.sh.")
print("# DevRegressionTest fails when a field drops more than 0.02 below, or false events rise; update when the coder improves.")
for f in d["files"]:
    name = f["file"].rsplit("/", 1)[-1].removesuffix(".jsonl")
    for field, m in f["fields"].items():
        print("%s.%s=%.3f" % (name, field, m["f1"]))
    if name == "petr2_gsr":
        print("%s.false_events=%d" % (name, f["false_events"]))
' > "$out.tmp"
# the team's annotated real news, dev split, once labels exist (annotations/labels-*.jsonl)
shopt -s nullglob
labels=(annotations/labels-*.jsonl)
if [ ${#labels[@]} -gt 0 ]; then
  ./entente eval --json --split dev --units annotations/units.tsv "${labels[@]}" | python3 -c '
import json, sys
d = json.load(sys.stdin)
for f in d["files"]:
    if f.get("set") == "team annotations":
        print("# team annotations, dev split: %d units, %d gold events" % (f["units"], f["gold_events"]))
        for field in ("precision", "recall", "recall_essential", "f1"):
            print("annotations_dev.%s=%.3f" % (field, f[field]))
' >> "$out.tmp"
fi
mv "$out.tmp" "$out"
cat "$out"
