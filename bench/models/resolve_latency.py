#!/usr/bin/env python3
"""Measures GET /api/v1/resolve latency over one keep-alive connection (client-side, sequential)."""
import http.client
import json
import sys
import time
import urllib.parse
from collections import Counter


def main():
    base, names_file = sys.argv[1], sys.argv[2]
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
    host = urllib.parse.urlparse(base)
    names = [n for n in open(names_file, encoding="utf-8").read().split("\n") if n]
    conn = http.client.HTTPConnection(host.hostname, host.port)
    statuses = Counter()

    def call(name):
        conn.request("GET", "/api/v1/resolve?name=" + urllib.parse.quote(name))
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise SystemExit(f"HTTP {r.status} for {name!r}: {body[:200]!r}")
        return json.loads(body)["status"]

    for i in range(1000):  # warm-up
        call(names[i % len(names)])
    latencies = []
    for i in range(requests):
        name = names[i % len(names)]
        t0 = time.perf_counter()
        statuses[call(name)] += 1
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    print(f"resolve: {requests} requests, p50 {pct(50):.2f} ms, p95 {pct(95):.2f} ms, p99 {pct(99):.2f} ms, "
          f"max {latencies[-1]:.2f} ms; statuses {dict(statuses)}")


if __name__ == "__main__":
    main()
