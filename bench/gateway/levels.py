#!/usr/bin/env python3
"""Turns the downstream requests a gateway logged for one page into the levels of its critical path.

Reads the REST client log (request lines) and writes one line per level, the URLs of that level separated by
spaces. A level holds the calls that depend only on answers of earlier levels, as the page query's shape
dictates (see the RULES for each page).
"""
import re
import sys

# (page, level, path pattern, occurrence): the n-th call matching a pattern belongs to that level.
RULES = {
    "model": [
        (1, r"/api/v1/models/[^/?]+$"),
        (2, r"/api/v1/(vendors|results|ranks|mentions|trends)\b"),
        (3, r"/api/v1/(benchmarks|articles)\b"),
    ],
    "benchmark": [
        (1, r"/api/v1/benchmarks/[^/?]+$"),
        (1, r"/api/v1/leaderboards/[^/]+/history"),
        (2, r"/api/v1/leaderboards\?"),
        (2, r"/api/v1/models\?"),   # the state of the art's models (first /models call)
        (3, r"/api/v1/models\?"),   # the leaderboard entries' models (the rest: long id lists go in chunks)
        (4, r"/api/v1/vendors\?"),
    ],
}


def main():
    page, log = sys.argv[1], sys.argv[2]
    urls = re.findall(r"Request: GET (\S+)", open(log, encoding="utf-8").read())
    levels = {}
    used = set()
    for level, pattern in RULES[page]:
        for i, url in enumerate(urls):
            if i not in used and re.search(pattern, url):
                used.add(i)
                levels.setdefault(level, []).append(url)
                if pattern.endswith(r"/models\?") and level == 2:
                    break  # the state of the art's models are one call; the entries' models may be several
    missing = [u for i, u in enumerate(urls) if i not in used]
    if missing:
        sys.exit(f"calls not placed in a level: {missing}")
    for level in sorted(levels):
        print(" ".join(levels[level]))


if __name__ == "__main__":
    main()
