#!/usr/bin/env python3
"""Crawls every GET operation of a running dashboard's /openapi/v1.json through Stoplight Prism's validating proxy and
counts the answers Prism flags as not matching the description.

Per operation: a request with known values, one with an unknown thing or a bad parameter where the operation has a
parameter, and a conditional repeat of the first with its ETag. Prism (`prism proxy DESCRIPTION APP --errors`) answers
a request or a response that breaks the description with an error naming the violation (its body's "type" is a
stoplight.io/prism/errors address).

usage: prism.py APP_URL PROXY_URL   (prints one line per flagged request, then the counts)
"""
import json
import re
import sys
import urllib.error
import urllib.request

app, proxy = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")
KNOWN = {"regions": "xinhui", "indicators": "gdp", "sources": "jmdrc-2024-county-economy",
         "platforms": "jiangmen-main-platform", "partnerships": "heshan-kaiping"}
GOOD_QUERY = {"/api/observations": "?region=xinhui&indicator=gdp", "/api/compare": "?regions=xinhui,taishan&indicators=gdp",
              "/compare": "?regions=xinhui,taishan&indicators=gdp,gdp_growth"}
BAD_QUERY = {"/api/observations": "?region=nowhere", "/api/compare": "?regions=nowhere", "/compare": "?regions=nowhere"}


def fetch(address, headers=None):
    request = urllib.request.Request(proxy + address, headers={"Accept-Encoding": "identity", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def violations(headers, body):
    """Prism names response violations in an sl-violations header, and answers a request violation with an error."""
    named = {k.lower(): v for k, v in headers.items()}.get("sl-violations")
    if named:
        return named
    return body[:300].decode("utf-8", "replace") if b"stoplight.io/prism/errors" in body[:2000] else None


with urllib.request.urlopen(app + "/openapi/v1.json") as r:
    document = json.load(r)

requests = []
for path, item in document["paths"].items():
    if "get" not in item:
        continue
    parameters = re.findall(r"\{(\w+)\}", path)
    first = path.strip("/").split("/")[0]
    good = re.sub(r"\{\w+\}", KNOWN.get(first, "xinhui"), path)
    bare = re.sub(r"\.(csv|metadata\.json|zip|xlsx)$", "", path)
    good += GOOD_QUERY.get(bare, "")
    requests.append((path, good, None))
    if parameters:
        requests.append((path, re.sub(r"\{\w+\}", "nowhere", path), None))
    elif bare in BAD_QUERY:
        requests.append((path, path + BAD_QUERY[bare], None))
    requests.append((path, good, "conditional"))

operations, flags = set(), 0
for path, address, kind in requests:
    headers = {}
    if kind == "conditional":
        _, first_headers, _ = fetch(address)
        etag = {k.lower(): v for k, v in first_headers.items()}.get("etag")
        if etag is None:
            headers = {"If-None-Match": '"no-tag-given"'}
        else:
            headers = {"If-None-Match": etag}
    status, answer_headers, body = fetch(address, headers)
    operations.add(path)
    found = violations(answer_headers, body)
    if found:
        flags += 1
        print(f"FLAGGED {status} {address} {kind or ''} {found[:400]}")
print(f"{flags} of {len(requests)} requests over {len(operations)} operations flagged")
