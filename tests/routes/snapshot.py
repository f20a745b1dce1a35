#!/usr/bin/env python3
"""Requests every route of a running dashboard and writes each answer, normalised, into a folder.

Two folders made from two builds (see compare.sh) are then compared byte for byte: a refactoring that changes no
behaviour leaves them identical. What legitimately differs between two runs is normalised away: today's date, the
request id, the data stamp inside page ETags. Archives are unpacked and compared entry by entry.

usage: snapshot.py BASE_URL SEEDS_DIR OUT_DIR
"""
import csv
import hashlib
import io
import json
import os
import re
import sys
import urllib.error
import urllib.request
import zipfile
from datetime import datetime, timezone

base, seeds, out = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]


def tsv(name, column):
    with open(os.path.join(seeds, name), encoding="utf-8") as f:
        return [row[column] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


regions, indicators, sources = tsv("regions.tsv", "slug"), tsv("indicators.tsv", "code"), tsv("sources.tsv", "id")
platforms, partnerships = tsv("platforms.tsv", "slug"), tsv("partnerships.tsv", "slug")
codes = tsv("regions.tsv", "code")

tables = ["/regions/" + s for s in regions] + ["/indicators/" + c for c in indicators] + ["/sources/" + i for i in sources]
tables += ["/platforms/" + s for s in platforms] + ["/partnerships/" + s for s in partnerships]
tables += ["/partnerships", "/partnerships?table=figures", "/platforms", "/indicators", "/sources", "/export/observations"]
compares = [
    "/compare",
    "/compare?regions=xinhui,taishan,kaiping&indicators=gdp,gdp_growth,resident_population",
    "/compare?regions=taishan,kaiping,enping",
    "/compare?regions=jiangmen,xinhui&indicators=gdp&rows=regions",
    "/compare?regions=xinhui&regions=heshan&indicators=gdp,resident_population",
]
tables += compares
pages = ["/", "/?map=resident_population", "/?map=nope", "/indicators", "/compare?rows=sideways",
         "/compare?regions=nowhere", "/compare?regions=a,b,c,d,e,f,g,h,i", "/regions/440705", "/regions/nowhere",
         "/indicators/nope", "/sources/nope", "/platforms/nope", "/partnerships/nope", "/no/such/page", "/Error",
         "/status/404", "/regions/xinhui/", "/REGIONS/xinhui"]
downloads = [t.replace("?", "{ext}?", 1) if "?" in t else t + "{ext}" for t in tables]
downloads += ["/regions/nowhere{ext}", "/indicators/nope{ext}", "/partnerships{ext}?table=nope",
              "/compare{ext}?regions=nowhere", "/compare{ext}?regions=xinhui&indicators=zzz"]
api = ["/api/regions", "/api/indicators", "/api/observations", "/api/observations?page=2&pageSize=25",
       "/api/observations?region=xinhui", "/api/observations?region=440781&indicator=gdp", "/api/observations?period=2023",
       "/api/observations?pageSize=abc", "/api/observations?page=0", "/api/observations?region=nowhere",
       "/api/observations?indicator=nope", "/api/observations?period=23", "/api/compare",
       "/api/compare?regions=xinhui,taishan&indicators=gdp,gdp_growth", "/api/compare?regions=nowhere",
       "/api/nope", "/openapi/v1.json", "/health/live", "/health/ready", "/robots.txt", "/geo/jiangmen.json"]

addresses = []
for t in tables + pages:
    addresses += [t, t + ("&" if "?" in t else "?") + "culture=en"]
for d in downloads:
    for ext in (".csv", ".xlsx", ".metadata.json", ".zip"):
        address = d.format(ext=ext)
        addresses += [address, address + ("&" if "?" in address else "?") + "culture=en"]
addresses += api
addresses += [a + ("&" if "?" in a else "?") + "culture=en" for a in api if a.startswith("/api/compare")]

today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
KEPT_HEADERS = ("content-type", "content-disposition", "location", "allow", "retry-after", "cache-control")


def normalise(text):
    text = text.replace(today, "<today>").replace(base, "<base>").replace(base.split("//")[1], "<host>")
    # Request ids (Kestrel's connection id and request number) and trace ids.
    text = re.sub(r"0HN[0-9A-Z]{10}(:[0-9A-F]{8})?", "<request-id>", text)
    text = re.sub(r"00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]", "<trace-id>", text)
    return text


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def fetch(address, method="GET"):
    request = urllib.request.Request(base + address, method=method, headers={"Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=120) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def describe(body, content_type):
    if "zip" in content_type or "spreadsheetml" in content_type:
        parts = []
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                parts.append(f"== entry {normalise(info.filename)}\n" + normalise(z.read(info).decode("utf-8-sig")))
        return "\n".join(parts)
    if content_type.startswith("application/json") and body.startswith(b'{\n  "openapi"'):
        # The description's members may come in another order when endpoints are mapped in another order: same document.
        return normalise(json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False, indent=1))
    if "geo+json" in content_type:
        # The boundaries' file may change form; what must not change is which counties it holds and where they lie.
        features = json.loads(body)["features"]
        return json.dumps({f["id"]: hashlib.sha256(json.dumps(f["geometry"]["coordinates"]).encode()).hexdigest()
                           for f in features}, sort_keys=True)
    return normalise(body.decode("utf-8", errors="replace"))


os.makedirs(out, exist_ok=True)
index = []
for n, address in enumerate(addresses):
    status, headers, body = fetch(address)
    kept = {k.lower(): normalise(v) for k, v in headers.items() if k.lower() in KEPT_HEADERS}
    text = f"{status}\n" + "".join(f"{k}: {kept[k]}\n" for k in sorted(kept)) + "\n" + describe(body, kept.get("content-type", ""))
    name = f"{n:04d}-" + re.sub(r"[^A-Za-z0-9._-]+", "_", address)[:120]
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)
    index.append(f"{status} {address}")
status, _, _ = fetch("/regions/xinhui", method="POST")
index.append(f"{status} POST /regions/xinhui")
with open(os.path.join(out, "INDEX"), "w", encoding="utf-8") as f:
    f.write("\n".join(index) + "\n")
print(f"{len(addresses)} addresses written to {out}")
