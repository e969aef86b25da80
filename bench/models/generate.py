#!/usr/bin/env python3
"""Generates a synthetic catalogue in the frontier-watch-catalog/v1 format.

Writes OUT/entities.json (vendors, models, benchmarks) and OUT/results-NNN.json (results only, in chunks),
plus OUT/names.txt: surface forms to resolve (slugs, names, aliases in several spellings and scripts,
family names that are ambiguous, and unknown names).
"""
import argparse
import json
import os
import random

TRAD = ["通義", "千問", "模型", "語言", "視覺", "開源"]
SIMP = ["通义", "千问", "模型", "语言", "视觉", "开源"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", default="target/bench-data")
    p.add_argument("--vendors", type=int, default=200)
    p.add_argument("--models", type=int, default=10_000)
    p.add_argument("--benchmarks", type=int, default=100)
    p.add_argument("--results", type=int, default=200_000)
    p.add_argument("--chunk", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    vendors = [{"slug": f"bv{i}", "name": f"Bench Vendor {i}", "aliases": [f"BV {i} Labs"], "country": "US"}
               for i in range(a.vendors)]
    models = []
    names = []
    for i in range(a.models):
        family = f"Orion {i // 4}"
        variant = ["Pro", "Flash", "Mini", "Max"][i % 4]
        name = f"Orion {i // 4} {variant}"
        han = "".join(rnd.choice(TRAD) for _ in range(2)) + str(i)
        models.append({"slug": f"orion-{i // 4}-{variant.lower()}", "name": name, "vendor": f"bv{i % a.vendors}",
                       "aliases": [f"Orion{i // 4}.0 {variant}", han], "family": family, "modality": "TEXT",
                       "releaseDate": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "openWeights": i % 3 == 0})
        names += [name, f"orion-{i // 4}-{variant.lower()}", f"ＯＲＩＯＮ {i // 4} {variant.upper()}",
                  "".join(SIMP[TRAD.index(han[k:k + 2])] if han[k:k + 2] in TRAD else han[k:k + 2]
                          for k in (0, 2)) + str(i)]
        if i % 4 == 0:
            names.append(family)  # a family: ambiguous
    benchmarks = [{"slug": f"bb-{j}", "name": f"Bench Board {j}", "aliases": [f"BB{j}"], "category": "REASONING",
                   "unit": "PERCENT", "higherIsBetter": True, "minValue": 0, "maxValue": 100}
                  for j in range(a.benchmarks)]
    names += [f"Bench Board {j}" for j in range(a.benchmarks)] + [f"unknown thing {k}" for k in range(500)]
    with open(os.path.join(a.out, "entities.json"), "w") as f:
        json.dump({"format": "frontier-watch-catalog/v1", "vendors": vendors, "models": models,
                   "benchmarks": benchmarks, "results": []}, f)

    # distinct (model, benchmark, date) triples so that every result is a new measurement
    results = []
    per_model = a.results // a.models + 1
    for i in range(a.models):
        for k in range(per_model):
            if len(results) >= a.results:
                break
            j = (i * 7 + k * 13) % a.benchmarks
            results.append({"model": models[i]["slug"], "benchmark": f"bb-{j}",
                            "value": round(rnd.uniform(0, 100), 2),
                            "conditions": ["pass@1"] if k % 2 else [],
                            "measuredOn": f"2025-{1 + k % 12:02d}-{1 + (i + k) % 28:02d}",
                            "sources": [{"url": f"https://bench.example/{i}/{k}", "quote": "synthetic",
                                         "reportedBy": "THIRD_PARTY", "publisher": "Bench"}]})
    for n, start in enumerate(range(0, len(results), a.chunk)):
        with open(os.path.join(a.out, f"results-{n:03d}.json"), "w") as f:
            json.dump({"format": "frontier-watch-catalog/v1", "results": results[start:start + a.chunk]}, f)
    rnd.shuffle(names)
    with open(os.path.join(a.out, "names.txt"), "w") as f:
        f.write("\n".join(names))
    print(f"{len(vendors)} vendors, {len(models)} models, {len(benchmarks)} benchmarks, {len(results)} results, "
          f"{len(names)} names to resolve -> {a.out}")


if __name__ == "__main__":
    main()
