#!/usr/bin/env python3
"""Ingest the generated batches, then measure search latency; prints one JSON line per phase."""
import glob
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def post(base, path):
    with open(path, "rb") as f:
        body = f.read()
    req = urllib.request.Request(base + "/api/v1/articles/batch", data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as resp:
        result = json.load(resp)
    statuses = [a["status"] for a in result["articles"]]
    return statuses.count("CREATED"), len(statuses)


def ingest(base, data, workers):
    files = sorted(glob.glob(data + "/batch-*.json"))
    start = time.monotonic()
    created = total = 0
    with ThreadPoolExecutor(workers) as pool:
        for c, t in pool.map(lambda f: post(base, f), files):
            created += c
            total += t
    secs = time.monotonic() - start
    print(json.dumps({"phase": "ingest", "articles": total, "created": created, "seconds": round(secs, 1),
                      "articlesPerSecond": round(total / secs, 1), "clients": workers}), flush=True)


def search(base, data, rounds, filters):
    queries = [q for q in open(data + "/queries.txt", encoding="utf-8").read().splitlines() if q]
    latencies, empty, totals, exact = [], 0, [], 0
    per_query = {q: [] for q in queries}
    for _ in range(2):  # warm-up
        for q in queries:
            urllib.request.urlopen(base + "/api/v1/search?" + urllib.parse.urlencode({"q": q, **filters})).read()
    for _ in range(rounds):
        for q in queries:
            url = base + "/api/v1/search?" + urllib.parse.urlencode({"q": q, "limit": 20, **filters})
            t0 = time.perf_counter()
            with urllib.request.urlopen(url) as resp:
                result = json.load(resp)
            ms = (time.perf_counter() - t0) * 1000
            latencies.append(ms)
            per_query[q].append(ms)
            empty += 0 if result["hits"] else 1
            totals.append(result["total"])
            exact += 1 if result.get("exact", True) else 0
    latencies.sort()
    pct = lambda p: round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)
    print(json.dumps({"phase": "search", "filters": filters, "requests": len(latencies), "p50ms": pct(0.50),
                      "p95ms": pct(0.95), "p99ms": pct(0.99), "maxMs": round(latencies[-1], 1),
                      "emptyResults": empty, "medianMatches": statistics.median(totals), "exactTotals": exact,
                      "loadAverage": open("/proc/loadavg").read().split()[0],
                      "medianMsPerQuery": {q: round(statistics.median(v), 1) for q, v in per_query.items()}},
                     ensure_ascii=False), flush=True)


if __name__ == "__main__":
    base, data, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "ingest":
        ingest(base, data, int(sys.argv[4]))
    else:
        rounds = int(sys.argv[4])
        search(base, data, rounds, {})
        search(base, data, rounds, {"language": "zh-Hant"})
        search(base, data, rounds, {"from": "2025-06-01", "to": "2025-08-31"})
