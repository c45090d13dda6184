#!/usr/bin/env bash
# What each rule of the coder's chain changes on a corpus (not accuracy: how many events it changes), for the rules
# `./entente eval --ablate` finds idle on the gold sets. Codes CORPUS with all rules, then without each RULE, and
# prints scripts/diff-outputs.py's summary per rule.
# Usage: scripts/ablate-corpus.sh CORPUS.jsonl RULE...   e.g.
#   head -2000 ../shared/corpus/articles.jsonl > /tmp/pool2000.jsonl   # development pool lines only
#   scripts/ablate-corpus.sh /tmp/pool2000.jsonl sport-teams wished-act
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1"; shift
work="$(mktemp -d /tmp/entente-ablate.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export ENTENTE_JAVA_OPTS="${ENTENTE_JAVA_OPTS:--Xmx1500m}"
"$root/entente" code "$corpus" > "$work/all.jsonl" 2>/dev/null || true
echo "all rules: $(wc -l < "$work/all.jsonl") events"
for rule in "$@"; do
  "$root/entente" code --without "$rule" "$corpus" > "$work/off.jsonl" 2>/dev/null || true
  echo "without $rule: $(python3 "$root/scripts/diff-outputs.py" events "$work/all.jsonl" "$work/off.jsonl" | tr '\n' ' ')"
done
