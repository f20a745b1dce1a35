"""Addresses that the output cache has never seen, for bench/uncached.lua (issue 18).

  uncached.py BASE compare|api OUT

Reads the regions and indicators from the running app's /api/regions and /api/indicators, then draws addresses from a
fixed seed, each one distinct, shuffled, one per line, into OUT. Its last SAMPLE lines are kept apart (OUT.sample) for
the single renders and the size of the static twin, so that wrk never asks for them.
- compare: /compare with the eight regions a comparison may hold (the city and its seven counties) in a random order
  and ten indicators drawn from all of them: 8 × 10 cells, a different selection every time.
- api: /api/observations filtered by region and indicator (a series), region and period, indicator and period, or all
  three, over the regions that have every indicator, and by town and period; every filter selects figures.
"""
import json
import random
import sys
import urllib.request

base, kind, out = sys.argv[1:]
SAMPLE = 15
COUNT = 200_000
PERIODS = [str(y) for y in range(2004, 2024)]


def get(path):
    with urllib.request.urlopen(base + path) as answer:
        return json.load(answer)


regions = get("/api/regions")
indicators = sorted(i["code"] for i in get("/api/indicators"))
full = sorted(r["slug"] for r in regions if r["kind"] != "town")
towns = sorted(r["slug"] for r in regions if r["kind"] == "town" and r["slug"].startswith("syn-town-"))
rng = random.Random(18)

if kind == "compare":
    urls = set()
    while len(urls) < COUNT:
        chosen = rng.sample(full, min(8, len(full)))
        picked = rng.sample(indicators, 10)
        urls.add(f"/compare?regions={','.join(chosen)}&indicators={','.join(picked)}")
    urls = sorted(urls)
else:
    urls = ([f"/api/observations?region={r}&indicator={i}" for r in full for i in indicators]
            + [f"/api/observations?region={r}&period={p}" for r in full for p in PERIODS]
            + [f"/api/observations?indicator={i}&period={p}" for i in indicators for p in PERIODS]
            + [f"/api/observations?region={r}&indicator={i}&period={p}" for r in full for i in indicators for p in PERIODS]
            + [f"/api/observations?region={t}&period={p}" for t in towns for p in PERIODS])
rng.shuffle(urls)
assert len(set(urls)) == len(urls)
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(urls[:-SAMPLE]) + "\n")
with open(out + ".sample", "w", encoding="utf-8") as f:
    f.write("\n".join(urls[-SAMPLE:]) + "\n")
print(len(urls) - SAMPLE)
