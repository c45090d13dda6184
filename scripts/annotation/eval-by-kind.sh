#!/usr/bin/env bash
# Scores the coder on one split of the team's labels, whole articles and short reports separately (./entente eval
# on label files holding one kind each, written to a temporary folder with units.tsv beside them).
# Usage: scripts/annotation/eval-by-kind.sh SPLIT [ENTENTE_DIR]
#   SPLIT: train, dev or test (test is frozen: report it, never tune on it)
#   ENTENTE_DIR: the checkout whose ./entente scores (default: this one), e.g. a build of an earlier revision
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
split="${1:?usage: eval-by-kind.sh SPLIT [ENTENTE_DIR]}"
dir="$(cd "${2:-$root}" && pwd)"
corpus="$(cd "$root/.." && pwd)/shared/corpus/articles.jsonl"
work="$(mktemp -d /tmp/entente-kinds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp "$root/annotations/units.tsv" "$work/units.tsv"
python3 - "$root/annotations" "$work" <<'PY'
import glob, json, sys
src, out = sys.argv[1], sys.argv[2]
files = {}
for name in sorted(glob.glob(f"{src}/labels-*.jsonl")):
    for line in open(name, encoding="utf-8"):
        if line.strip():
            kind = json.loads(line)["kind"]
            if kind not in files:
                files[kind] = open(f"{out}/labels-{kind}.jsonl", "w", encoding="utf-8")
            files[kind].write(line)
for f in files.values():
    f.close()
PY
for kind in article short; do
  (cd "$dir" && ./entente eval --corpus "$corpus" --split "$split" "$work/labels-$kind.jsonl")
done
