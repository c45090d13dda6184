#!/usr/bin/env python3
"""Times the API queries each dashboard view makes, against a running `entente serve` on this machine.

Usage: scripts/bench-dashboard-api.py [--base http://127.0.0.1:8080] [--rounds 30] [--clients 4]

Bounded local load: `clients` threads each send every view's queries `rounds` times in turn, loopback only.
Prints per query the median and 95th percentile latency (ms) and the load average at the end. The pair, actor
and event used come from the store itself (its most active pair, that pair's first event).
"""
import argparse
import json
import os
import statistics
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
    a = ap.parse_args()
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

    def client():
        for _ in range(a.rounds):
            for name, path in queries.items():
                try:
                    ms, status = get(base, path)
                    with lock:
                        times[name].append(ms)
                        if status != 200:
                            errors.append((name, status))
                except Exception as e:  # noqa: BLE001 - a failed request is reported, not fatal
                    with lock:
                        errors.append((name, str(e)))

    for name, path in queries.items():  # warm-up: one of each
        get(base, path)
    threads = [threading.Thread(target=client) for _ in range(a.clients)]
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.time() - t0
    print(f"{a.clients} clients x {a.rounds} rounds x {len(queries)} queries in {wall:.1f} s; errors: {len(errors)}")
    print(f"{'query':<62} {'median ms':>10} {'p95 ms':>8} {'n':>5}")
    for name, ts in times.items():
        ts = sorted(ts)
        p95 = ts[min(len(ts) - 1, int(round(0.95 * (len(ts) - 1))))]
        print(f"{name[:62]:<62} {statistics.median(ts):>10.1f} {p95:>8.1f} {len(ts):>5}")
    print("load average at the end: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
