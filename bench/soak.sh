#!/usr/bin/env bash
# Soak test (not part of ./test.sh): the published app on SQLite at 127.0.0.1, then wrk for 5 minutes at 64 connections
# over the county page, the compare page and the bulk CSV export, while the app's resident memory is sampled every
# 5 seconds. It passes when no request failed (no socket error, no status outside 2xx/3xx, no error in the app's log)
# and memory stayed flat (the last minute's median RSS within 15% of the first minute's after warm-up). Its figures
# go into bench/RESULTS.md between <!-- soak:begin --> and <!-- soak:end -->.
#   SOAK_SECONDS (300) and SOAK_CONNECTIONS (64) change the run; SOAK_APP names a published folder to soak instead of
#   publishing this tree (to compare builds); SOAK_PROCESSORS (1) is the processor count the app's runtime sees.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SOAK_SECONDS:-300}
connections=${SOAK_CONNECTIONS:-64}
log() { printf '[soak] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || { log "wrk is missing and this is not root: apt-get install wrk"; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

work=$(mktemp -d /tmp/jiangmen-soak.XXXXXX)
app_pid=""
sampler_pid=""
cleanup() {
  [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Run as a web container runs it: MALLOC_ARENA_MAX as the image sets it (Dockerfile), and one processor as the runtime
# sees it under the container's limit of one CPU (docker-compose.yml), which among other things picks its GC.
# shellcheck source=bench/app.sh
source bench/app.sh
start_app "$work" "${SOAK_APP:-}" MALLOC_ARENA_MAX=2 DOTNET_PROCESSOR_COUNT="${SOAK_PROCESSORS:-1}"

log "warming up for 15 s"
wrk -t2 -c"$connections" -d15s -s bench/soak.lua "$base" >/dev/null

# Resident memory, its anonymous part (managed heap, malloc, stacks) and the thread count, from one read of status.
sample() { awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } /^Threads:/ { t = $2 } END { print r, a, t }' "/proc/$app_pid/status"; }
(while kill -0 "$app_pid" 2>/dev/null; do echo "$(date +%s) $(sample)"; sleep 5; done) >"$work/rss" &
sampler_pid=$!

log "soaking: ${seconds} s at ${connections} connections on $base"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/soak.lua "$base" | tee "$work/wrk.out" >&2
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=""

# Production logs one JSON object per line; errors and fatal events carry their level in "@l".
app_errors=$(grep -c -E '"@l":"(Error|Fatal)"' "$work/app.log" || true)
build=${SOAK_APP:+"the published folder $SOAK_APP"}
build=${build:-"this tree at $(git rev-parse --short HEAD)$([[ -z $(git status --porcelain) ]] || echo ' with uncommitted changes')"}
python3 - "$work/wrk.out" "$work/rss" "$app_errors" "$seconds" "$connections" bench/RESULTS.md "$build" "${SOAK_PROCESSORS:-1}" <<'PY'
import re, statistics, sys, datetime, os
wrk_out, rss_file, app_errors, seconds, connections, results, build, processors = sys.argv[1:]
soak = dict(kv.split("=") for kv in re.search(r"^SOAK (.*)$", open(wrk_out).read(), re.M).group(1).split())
rows = [[int(v) for v in line.split()] for line in open(rss_file) if len(line.split()) == 4]
samples = [r[1] / 1024 for r in rows]
anonymous = [r[2] / 1024 for r in rows]
threads = [r[3] for r in rows]
per_minute = 12  # one sample every 5 s
first = statistics.median(samples[:per_minute])
last = statistics.median(samples[-per_minute:])
growth = (last - first) / first * 100
failed = sum(int(soak[k]) for k in ("non2xx", "connect", "read", "write", "timeout")) + int(app_errors)
flat = growth <= 15
verdict = "pass" if failed == 0 and flat else "FAIL"
section = f"""<!-- soak:begin -->
## Soak (bench/soak.sh)

{datetime.date.today().isoformat()}, {os.cpu_count()} cores shared with other work: the published app (Production, SQLite, `MALLOC_ARENA_MAX=2`,
`DOTNET_PROCESSOR_COUNT={processors}` as in a web container), `wrk -t2 -c{connections} -d{seconds}s`
rotating over `/regions/xinhui`, `/compare?regions=xinhui,taishan,kaiping,heshan&indicators=gdp,gdp_growth,resident_population`
and `/export/observations.csv`, after a 15 s warm-up; {build}. Verdict: **{verdict}**.

| figure | value |
| --- | --- |
| requests | {int(soak["requests"]):,} in {float(soak["seconds"]):.0f} s ({float(soak["rps"]):,.0f} per second) |
| data served | {int(soak["bytes"]) / 2**30:.2f} GiB |
| latency p50 / p90 / p99 / max | {soak["p50_ms"]} / {soak["p90_ms"]} / {soak["p99_ms"]} / {soak["max_ms"]} ms |
| failed requests (status outside 2xx/3xx, socket errors, timeouts) | {int(soak["non2xx"])} / {int(soak["connect"]) + int(soak["read"]) + int(soak["write"])} / {soak["timeout"]} |
| errors in the app's log | {app_errors} |
| resident memory, median of the first and of the last minute | {first:.0f} MiB → {last:.0f} MiB ({growth:+.1f}%) |
| resident memory, lowest / highest sample | {min(samples):.0f} / {max(samples):.0f} MiB ({len(samples)} samples) |
| its anonymous part (managed heap, malloc, stacks), first and last minute | {statistics.median(anonymous[:per_minute]):.0f} MiB → {statistics.median(anonymous[-per_minute:]):.0f} MiB |
| threads, lowest / highest | {min(threads)} / {max(threads)} |
<!-- soak:end -->"""
text = open(results).read() if os.path.exists(results) else ""
if "<!-- soak:begin -->" in text:
    text = re.sub(r"<!-- soak:begin -->.*?<!-- soak:end -->", lambda _: section, text, flags=re.S)
else:
    text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + section
open(results, "w").write(text.rstrip("\n") + "\n")
print(section)
sys.exit(0 if verdict == "pass" else 1)
PY
