#!/usr/bin/env bash
# Derive entente-core/src/main/resources/text/tone-lexicon.tsv (word -> polarity) from the VADER sentiment lexicon
# (C.J. Hutto, MIT licence) as shipped in the npm package vader-sentiment (vader_lexicon.txt; the package's
# JavaScript is Apache-2.0 and is not used). Kept: single lower-case words (letters, inner ' or -) whose mean
# rating is at least 0.5 away from neutral on VADER's -4..+4 scale (nearer ones are raters' noise), minus the
# English function words of entente-core/src/main/resources/org/entente/ingest/stopwords.tsv (a function word such as "no"
# or "against" carries no tone of its own). Emoticons and slang abbreviations are dropped. Usage: scripts/derive-tone-lexicon.sh [VERSION]
set -euo pipefail
version="${1:-1.1.3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "vader-sentiment@$version" >/dev/null && tar xzf vader-sentiment-*.tgz)
python3 - "$tmp/package/vader_lexicon.txt" "$here/entente-core/src/main/resources/org/entente/ingest/stopwords.tsv" \
  "$here/entente-core/src/main/resources/text/tone-lexicon.tsv" "$version" <<'PY'
import re, sys
src, stop_file, out, version = sys.argv[1:5]
stop = set()
for line in open(stop_file, encoding="utf-8"):
    if line.startswith("en\t"):
        stop = set(line.split("\t", 1)[1].split())
word = re.compile(r"[a-z]+(?:['-][a-z]+)*")
rows, dropped, seen = [], 0, set()  # a word listed twice keeps its first rating
for line in open(src, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2:
        continue
    w, mean = parts[0], float(parts[1])
    if not word.fullmatch(w) or w in stop or abs(mean) < 0.5 or w in seen:
        dropped += 1
        continue
    seen.add(w)
    rows.append((w, 1 if mean > 0 else -1, mean))
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# word\tpolarity\tvader mean (-4..+4). From the VADER lexicon (C.J. Hutto, MIT) in npm "
            f"vader-sentiment@{version}; derived by scripts/derive-tone-lexicon.sh. See NOTICE.\n")
    for w, p, m in sorted(rows):
        f.write(f"{w}\t{p:+d}\t{m}\n")
pos = sum(1 for r in rows if r[1] > 0)
print(f"{len(rows)} words ({pos} positive, {len(rows) - pos} negative; {dropped} dropped) -> {out}", file=sys.stderr)
PY
