#!/usr/bin/env bash
# Records the dev-split F1 per field as the floor DevRegressionTest holds the coder to
# (src/test/resources/events/eval-baseline.properties). Run it only after a change that improves the coder,
# and say in the commit which fields moved and why.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=../shared/eval/dev
out=src/test/resources/events/eval-baseline.properties
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
mv "$out.tmp" "$out"
cat "$out"
