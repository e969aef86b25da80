#!/usr/bin/env python3
"""The sample data scaled up, in the formats ./run --import reads.

Catalogue: vendors, models and results copied N times (copy 0 is the sample data itself, copy k has slugs
ending in -xK and names ending in " XK"); the benchmarks stay the same eight, so every leaderboard has N
times the entries. Articles: every sample article copied N times with a distinct title (and source URL), so
the sample models are mentioned N times as often.
"""
import argparse
import json
import pathlib
import re

repo = pathlib.Path(__file__).resolve().parents[2]


def suffixed(entity, k, keys=("slug",)):
    copy = dict(entity)
    if k == 0:
        return copy
    copy["slug"] = f"{entity['slug']}-x{k}"
    copy["name"] = f"{entity['name']} X{k}"
    copy["aliases"] = [f"{a} X{k}" for a in entity.get("aliases", [])]
    return copy


def catalogue(copies):
    sample = json.loads((repo / "sample-data/catalog/frontier-watch-catalog.json").read_text(encoding="utf-8"))
    bounds = {b["slug"]: (b.get("minValue"), b.get("maxValue")) for b in sample["benchmarks"]}
    out = {"format": sample["format"], "vendors": [], "models": [], "benchmarks": sample["benchmarks"], "results": []}
    for k in range(copies):
        out["vendors"] += [suffixed(v, k) for v in sample["vendors"]]
        for m in sample["models"]:
            model = suffixed(m, k)
            if k:
                model["vendor"] = f"{m['vendor']}-x{k}"
            out["models"].append(model)
        for r in sample["results"]:
            result = dict(r)
            if k:
                result["model"] = f"{r['model']}-x{k}"
                low, high = bounds.get(r["benchmark"], (None, None))
                # spread the copies below the original so leaderboards have distinct ranks
                value = round(r["value"] - (k % 97) * 0.05, 3)
                result["value"] = max(value, low) if low is not None else value
                result["sources"] = [dict(s, url=f"{s['url']}#x{k}") for s in r.get("sources", [])]
            out["results"].append(result)
    return out


def article_copy(text, k, name):
    if k == 0:
        return text
    if text.startswith("---"):
        text = re.sub(r'^title:\s*"?(.*?)"?\s*$', lambda m: f'title: "{m.group(1)} (#{k})"', text, count=1, flags=re.M)
        text = re.sub(r'^(canonical|url|link|source):\s*"?(\S+?)"?\s*$', lambda m: f'{m.group(1)}: "{m.group(2)}#x{k}"',
                      text, flags=re.M)
        return text
    first, _, rest = text.partition("\n")
    return f"{first} (#{k})\n{rest}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    (out / "catalog").mkdir(parents=True, exist_ok=True)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    cat = catalogue(args.copies)
    (out / "catalog" / f"frontier-watch-catalog-x{args.copies}.json").write_text(
        json.dumps(cat, ensure_ascii=False), encoding="utf-8")
    count = 0
    for source in sorted((repo / "sample-data/articles").iterdir()):
        text = source.read_text(encoding="utf-8")
        for k in range(args.copies):
            (out / "articles" / f"{source.stem}-{k:03d}{source.suffix}").write_text(article_copy(text, k, source.name),
                                                                                   encoding="utf-8")
            count += 1
    print(f"{len(cat['vendors'])} vendors, {len(cat['models'])} models, {len(cat['benchmarks'])} benchmarks, "
          f"{len(cat['results'])} results, {count} articles in {out}")


if __name__ == "__main__":
    main()
