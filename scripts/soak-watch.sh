#!/usr/bin/env bash
# Feed watcher soak (issue 17 §3): a news site on 127.0.0.1 publishes a new story every EVERY seconds for MINUTES
# minutes while `./entente watch` follows its RSS feed into a fresh store; then the site stops publishing, the
# watcher is given time to catch up and is stopped with SIGTERM, and the store is checked: stories published =
# articles stored, no duplicate (distinct URLs and texts = articles), event mentions and events stored, and the
# watcher's heap (used, after a full GC, by jcmd) near the start and at the end. Usage:
#   scripts/soak-watch.sh [MINUTES] [EVERY_SECONDS]        (default 30 minutes, a story every 3 s)
# Prints the figures and a final JSON line; work files are left in $SOAK_DIR (default: a new temp folder).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
minutes="${1:-30}"
every="${2:-3}"
work="${SOAK_DIR:-$(mktemp -d /tmp/entente-soak.XXXXXX)}"
mkdir -p "$work"
./mvnw -B -q -o test-compile
./entente --version >/dev/null   # the launcher builds the application now if it must, not on the soak's clock
java_bin=java
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then java_bin="$jdk/bin/java"; break; fi
done
jcmd_bin="$(dirname "$java_bin")/jcmd"
cp="entente-cli/target/test-classes:entente-store/target/test-classes:entente-core/target/test-classes:$(cat target/runtime-classpath.txt)"
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD 2>/dev/null || echo '(not a git checkout)'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); work in $work"

"$java_bin" -Xmx256m -cp "$cp" org.entente.ingest.watch.SoakWatch site "$work/site" "$every" >"$work/site.log" 2>&1 &
site_pid=$!
cleanup() { kill "$site_pid" 2>/dev/null || true; [ -n "${watch_pid:-}" ] && kill "$watch_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$work/site/feed-url" ] && break; sleep 0.2; done
feed="$(cat "$work/site/feed-url")"

# the watcher as a user runs it, with intervals fit for a site that publishes every few seconds
./entente watch --db "$work/store" --interval 2 --min-interval 1 --max-interval 10 --host-delay 0.2 --timeout 10 \
  --retry 2 "$feed" >"$work/watch.out" 2>"$work/watch.log" &
watch_pid=$!

heap() { # used heap in KB after a full GC, from jcmd GC.heap_info
  "$jcmd_bin" "$watch_pid" GC.run >/dev/null 2>&1 || true
  "$jcmd_bin" "$watch_pid" GC.heap_info 2>/dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub("K", "", $(i+1)); s += $(i+1) } } END { print s + 0 }'
}
sleep 60   # the pipeline is built and the first stories are coded
heap_start_kb="$(heap)"
echo "heap used after the first minute: ${heap_start_kb} KB"
sleep $(( minutes * 60 - 60 ))
heap_end_kb="$(heap)"
echo "heap used after ${minutes} minutes: ${heap_end_kb} KB"
touch "$work/site/stop"
for _ in $(seq 100); do [ -s "$work/site/stopped" ] && break; sleep 0.2; done
published="$(cat "$work/site/stopped")"
# let the watcher read the last stories (the feed's interval is at most 10 s)
for _ in $(seq 60); do
  stored="$("$java_bin" -cp "$cp" org.entente.ingest.watch.SoakWatch check "$work/store" 2>>"$work/check.log" \
    | sed -n 's/.*"items_stored":\([0-9]*\).*/\1/p' || true)"
  [ "${stored:-0}" -ge "$published" ] && break
  sleep 5
done
kill -TERM "$watch_pid"   # (SIGINT is ignored by a background job of a script)
wait "$watch_pid" || true
watch_pid=""
check="$("$java_bin" -cp "$cp" org.entente.ingest.watch.SoakWatch check "$work/store" 2>>"$work/check.log")"
echo "stories published: $published"
echo "store: $check"
echo "watcher's last status line: $(grep 'entente watch: 1 feeds' "$work/watch.log" | tail -1)"
echo "watcher errors named on stderr: $(grep -vc 'entente watch: 1 feeds\|following' "$work/watch.log" || true)"
echo "{\"minutes\":$minutes,\"every_seconds\":$every,\"published\":$published,\"heap_start_kb\":$heap_start_kb,\"heap_end_kb\":$heap_end_kb,\"store\":$check}"
