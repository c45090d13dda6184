#!/usr/bin/env bash
# Pathological inputs (issue 19): generates run-on and oversized articles (never committed), codes each with
# `./entente code` under -Xmx1g, RUNS times, and prints per input the median wall time with its spread, the
# events coded, the exit code and the peak heap before a collection (from the GC log). Then ingests all of them
# plus two good articles in one batch, to show the batch goes on. Usage:
#   scripts/pathological-inputs.sh [RUNS]          (default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
work="$scratch/in"   # the inputs alone: logs and the store live beside it, not in the folder the ingest reads
mkdir -p "$work"
"$here/entente" --version >/dev/null   # build first, so that no run pays for it

python3 - "$work" <<'PY'
import random, sys, os
out = sys.argv[1]
countries = ["Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Canada", "Mexico", "Egypt",
             "Iran", "Israel", "Turkey", "Ukraine", "Poland"]
words = ("the officials said that talks would continue while ministers from several capitals met to discuss "
         "trade and security issues including").split()
def run_on(seed, chars, share):
    r = random.Random(seed); parts = []; n = 0
    while n < chars:
        w = r.choice(countries) if r.random() < share else r.choice(words)
        w += ", " if r.random() < 0.05 else " "
        parts.append(w); n += len(w)
    return "".join(parts).strip() + "."
def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write("Date: 2023-03-01\n\n" + text + "\n")
write("sentence-100k.txt", run_on(1, 100_000, 0.15))
write("countries-888k.txt", run_on(2, 888_000, 1.0))
write("sentence-834k.txt", run_on(3, 834_000, 0.2))
write("one-word-800k.txt", "Russia and China met. " + "x" * 800_000 + " Russia praised China.")
r = random.Random(4); lines = []; n = 0
while n < 800_000:
    l = f"{r.choice(countries)} criticized {r.choice(countries)}.\n"; lines.append(l); n += len(l)
write("short-lines-800k.txt", "".join(lines))
lines = []; n = 0
while n < 8_000_000:
    l = f"{r.choice(countries)} met {r.choice(countries)}.\n"; lines.append(l); n += len(l)
write("short-lines-8m.txt", "".join(lines))   # over the 1,000,000-character cap: refused, not coded
# pronouns and possessives after named people, all through one long article: the anaphora pass (actors/Anaphora)
# reads back only its window of sentences, not every mention seen before
write("pronouns-456k.txt", " ".join(["Vladimir Putin met Xi Jinping in Moscow on Monday. He said they would talk "
                                     "again, and his aides agreed with them."] * 4000))
PY

median_spread() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f s (%.1f-%.1f)", m, a[1], a[NR]}'; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); each input coded $runs times with -Xmx1g"
printf "%-22s %8s %-24s %8s %5s %10s\n" input size wall events exit peak_heap
for f in "$work"/*.txt; do
  times="$scratch/times"; : > "$times"; peak=0; events=0; code=0
  for i in $(seq "$runs"); do
    gc="$scratch/gc.log"
    start=$(date +%s.%N)
    set +e
    events=$(ENTENTE_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$gc" "$here/entente" code "$f" 2>"$scratch/err" | wc -l)
    code=${PIPESTATUS[0]}
    set -e
    end=$(date +%s.%N)
    echo "$end - $start" | bc >> "$times"
    p=$(grep -o "[0-9]*M->" "$gc" | tr -d "M>-" | sort -n | tail -1 || true)
    [ -n "$p" ] && [ "$p" -gt "$peak" ] && peak=$p
  done
  printf "%-22s %8s %-24s %8s %5s %9sM\n" "$(basename "$f")" "$(stat -c %s "$f")" "$(median_spread < "$times")" \
    "$events" "$code" "$peak"
  [ "$code" = 0 ] || sed 's/^/    /' "$scratch/err" | head -2
done

echo "# one ingest of all of them plus two good articles (batch goes on; refused inputs named)"
printf 'Date: 2023-03-02\n\nRussia and China signed an energy agreement in Beijing on Tuesday.\n' > "$work/good-a.txt"
printf 'Date: 2023-03-03\n\nFrance criticized Iran over its nuclear programme on Wednesday.\n' > "$work/good-b.txt"
set +e
ENTENTE_JAVA_OPTS="-Xmx1g" "$here/entente" ingest --db "$scratch/db" --json "$work" 2>"$scratch/err"
echo "exit $?"
set -e
sed 's/^/    /' "$scratch/err"
