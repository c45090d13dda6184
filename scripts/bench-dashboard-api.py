#!/usr/bin/env python3
"""Times the API queries each dashboard view makes, against a running `entente serve` on this machine.

Usage: scripts/bench-dashboard-api.py [--base http://127.0.0.1:8080] [--rounds 30] [--clients 4] [--seconds S]

Bounded local load: `clients` threads each send every view's queries `rounds` times in turn, loopback only; with
`--seconds S` (the issue-19 load test: `--clients 50 --seconds 60`) each client goes round the queries until S
seconds have passed, one request at a time. Prints per query the requests, errors, median (p50), 95th and 99th
percentile latency (ms), and the load average before and after. The pair, actor and event used come from the store
itself (its most active pair, that pair's first event). The clients are Python threads: at 50 of them the client
adds about a millisecond per request, small beside the server's times measured here.
"""
import argparse
import json
import os
import threading
import time
import urllib.parse
import urllib.request


def get(base, path):
    t = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=60) as r:
        r.read()
        status = r.status
    return (time.perf_counter() - t) * 1000, status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=0, help="run for this long instead of a number of rounds")
    a = ap.parse_args()
    load_before = os.getloadavg()
    host = urllib.parse.urlparse(a.base).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("bench-dashboard-api: loopback servers only")
    base = a.base.rstrip("/")
    top = json.loads(urllib.request.urlopen(base + "/api/pairs?limit=1").read())["items"][0]
    pa, pb = top["a"], top["b"]
    ev = json.loads(urllib.request.urlopen(base + f"/api/events?a={pa}&b={pb}&limit=1").read())["items"][0]
    queries = {
        "start page: /api/pairs?limit=8": "/api/pairs?limit=8",
        "header: /api/stats": "/api/stats",
        f"pair view: /api/relations?a={pa}&b={pb}&by=month": f"/api/relations?a={pa}&b={pb}&by=month",
        f"pair view: /api/events?a={pa}&b={pb}&limit=25": f"/api/events?a={pa}&b={pb}&limit=25",
        "network: /api/pairs?level=country&limit=200": "/api/pairs?level=country&limit=200",
        "map: /api/map": "/api/map",
        f"map: /api/map?actor={pa}": f"/api/map?actor={pa}",
        "what changed: /api/changes?months=12&to=2006-12-31": "/api/changes?months=12&to=2006-12-31",
        "events: /api/events?limit=25": "/api/events?limit=25",
        f"event: /api/events/{ev['id']}": f"/api/events/{ev['id']}",
        "article: /api/articles/{id}": "/api/articles/" + urllib.parse.quote(ev["article_id"], safe=""),
        "type-ahead: /api/actors?q=ru": "/api/actors?q=ru",
    }
    times = {k: [] for k in queries}
    errors = []
    lock = threading.Lock()
    deadline = time.time() + a.seconds if a.seconds > 0 else None

    def client(first):
        names = list(queries)
        rounds = 0
        while (time.time() < deadline) if deadline else rounds < a.rounds:
            rounds += 1
            for i in range(len(names)):
                name = names[(first + i) % len(names)]  # clients start at different views
                if deadline and time.time() >= deadline:
                    break
                try:
                    ms, status = get(base, queries[name])
                    with lock:
                        times[name].append(ms)
                        if status != 200:
                            errors.append((name, status))
                except Exception as e:  # noqa: BLE001 - a failed request is reported, not fatal
                    with lock:
                        errors.append((name, str(e)))

    for name, path in queries.items():  # warm-up: one of each
        get(base, path)
    threads = [threading.Thread(target=client, args=(c,)) for c in range(a.clients)]
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.time() - t0
    n = sum(len(ts) for ts in times.values())
    how = f"for {a.seconds:.0f} s" if deadline else f"x {a.rounds} rounds"
    print(f"{a.clients} clients {how} over {len(queries)} queries: {n} requests in {wall:.1f} s"
          f" ({n / wall:.1f}/s); errors: {len(errors)}")
    print(f"{'query':<62} {'n':>6} {'errors':>6} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9}")

    def pct(ts, p):
        return ts[min(len(ts) - 1, max(0, int(-(-p * len(ts) // 1)) - 1))] if ts else float("nan")

    for name, ts in times.items():
        ts = sorted(ts)
        errs = sum(1 for e in errors if e[0] == name)
        print(f"{name[:62]:<62} {len(ts):>6} {errs:>6} {pct(ts, 0.5):>9.1f} {pct(ts, 0.95):>9.1f} {pct(ts, 0.99):>9.1f}")
    for e in errors[:5]:
        print("  error:", e)
    print("load average before: %.2f %.2f %.2f; after: %.2f %.2f %.2f" % (load_before + os.getloadavg()))


if __name__ == "__main__":
    main()
