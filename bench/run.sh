#!/usr/bin/env bash
# The benchmark: fills separate SQLite and PostgreSQL databases with synthetic data, starts the published app on
# 127.0.0.1 against each, loads it with wrk side by side with a static file of the same size served by the same app,
# times the bulk CSV export against sqlite3 and psql running the same query and the bulk .xlsx against the CSV, loads
# the compare page and the API with addresses the output cache has never seen (issue 18), times cold start against an
# empty ASP.NET Core app, weighs a first and a repeat visit, and writes the figures into bench/RESULTS.md (between the
# bench markers; the rest of the file is kept). Never touches the app's default database.
#
# Settings (environment):
#   BENCH_SCALE=1000000          observations of the main run (pages, export, both providers)
#   BENCH_LARGE=10000000         the large scale (0 to skip it)
#   BENCH_LARGE_PROVIDERS=Sqlite providers run at the large scale ("Sqlite Postgres" for both; PostgreSQL's load of
#                                10M rows alone takes about 5 minutes here, so the default leaves it out)
#   BENCH_SECONDS=8              length of each wrk run
#   BENCH_CONNECTIONS=32         wrk connections (2 threads)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

scale=${BENCH_SCALE:-1000000}
large=${BENCH_LARGE:-10000000}
large_providers=${BENCH_LARGE_PROVIDERS:-Sqlite}
seconds=${BENCH_SECONDS:-8}
connections=${BENCH_CONNECTIONS:-32}

log() { printf '[bench] %s\n' "$*" >&2; }
started_at=$(date +%s)

apt_updated=0
need_packages() {
  local missing=()
  for pkg in "$@"; do
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == "install ok installed" ]] || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  [[ $(id -u) -eq 0 ]] || { log "missing packages ${missing[*]} and not root to install them"; exit 1; }
  if ((apt_updated == 0)); then apt-get update -qq; apt_updated=1; fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
need_packages wrk sqlite3 postgresql curl python3

work=$(mktemp -d /tmp/jiangmen-bench.XXXXXX)
chmod 755 "$work"  # the postgres user reaches its data directory inside
results="$work/results.tsv"
: >"$results"
record() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >>"$results"; }

app_pid=
stop_app() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=; fi
}

# --- PostgreSQL (as test.sh starts it) ------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
pg_dir="$work/pg"
mkdir -p "$pg_dir"; chown postgres:postgres "$pg_dir"; chmod 700 "$pg_dir"
pg_port=$(free_port)
cleanup() {
  local status=$?
  if ((status != 0)); then
    log "failed (exit $status); the last lines of the logs:"
    tail -n 20 "$work"/generate.log "$work"/app.log "$pg_dir"/server.log >&2 2>/dev/null || true
  fi
  stop_app
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
pg_admin="Host=127.0.0.1;Port=$pg_port;Username=postgres"
pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')

# --- Build: the app published as it ships, the generator, the empty and the minimal app -------
log "publishing the app, the generator, the empty and the minimal app"
# As the Dockerfile publishes (ReadyToRun, framework-dependent), and the two cold-start baselines the same way.
publish=(-c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet)
dotnet publish src/Jiangmen.Dashboard.Web "${publish[@]}" -o "$work/app" >/dev/null
dotnet build bench/Jiangmen.Dashboard.Bench -c Release -o "$work/tool" -nologo -v quiet >/dev/null
dotnet publish bench/EmptyApp "${publish[@]}" -o "$work/empty" >/dev/null
dotnet publish bench/MinimalApp "${publish[@]}" -o "$work/minimal" >/dev/null
tool() { dotnet "$work/tool/Jiangmen.Dashboard.Bench.dll" "$@"; }
mkdir -p "$work/app/wwwroot/bench"

connection_for() { # provider name -> connection string of a separate benchmark database
  if [[ $1 == Sqlite ]]; then echo "Data Source=$work/$2.db"; else echo "$pg_admin;Database=$2"; fi
}

generate() { # provider observations name
  local provider=$1 n=$2 name=$3 t0
  [[ $provider == Postgres ]] && psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  t0=$(date +%s.%N)
  tool generate "$provider" "$(connection_for "$provider" "$name")" "$repo/seeds" "$n" 2>>"$work/generate.log"
  record generate "$provider" "$n" "$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")"
}

port=
start_app() { # provider name [dll dir]
  local dir=${3:-$work/app} dll
  port=$(free_port)
  dll=$(ls "$dir"/*.dll | grep -E 'Jiangmen.Dashboard.Web.dll|EmptyApp.dll|MinimalApp.dll' | head -n 1)
  # The process's start, taken after choosing the port and the dll (python and ls would add to both apps' times).
  launched_ns=$(date +%s%N)
  # The API's per-client limit is lifted: every wrk request comes from one address.
  (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__Provider="$1" ConnectionStrings__Dashboard="$(connection_for "$1" "$2")" RateLimits__PermitLimit=1000000000 \
    dotnet "$dll" >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 3000); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 200 ]] && return 0
    sleep 0.01
  done
  log "the app did not answer; see its log:"; tail -n 30 "$work/app.log" >&2; exit 1
}

run_wrk() { # [wrk options] url [-- script arguments] -> "rps p50_ms p99_ms", and with bench/uncached.lua the answers served from the output cache
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v, u): return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors: sys.exit("wrk saw " + errors.group(1) + " error responses")
cached = re.search(r"uncached.lua: \d+ requests, (\d+) from the output cache", text)
print("%.0f %.2f %.2f" % (rps, lat["50"], lat["99"]) + (" " + cached.group(1) if cached else ""))'
}

# Rendering without the cache: a distinct query parameter per request is a distinct cache entry. The page's own code
# is warmed first by 40 renders not recorded: before that most of it still runs as first compiled (the cached page
# never runs it), and 15 renders from cold measured the JIT's tiers more than the page (by hand at 1M, the region
# page 57 ms cold against 30 ms warm, the indicator page 25 against 11).
uncached_ms() { # url (with ?) -> median ms of 15 renders after 40 not recorded
  for i in $(seq 1 40); do curl -s -o /dev/null "$1&bench-warm=$RANDOM$i"; done
  for i in $(seq 1 15); do curl -s -o /dev/null -w '%{time_total}\n' "$1&bench-render=$RANDOM$i"; done |
    sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}'
}

compare_url="/compare?regions=pengjiang,jianghai,xinhui,taishan,kaiping,heshan,enping,jiangmen&indicators=gdp,gdp_growth,resident_population,syn_001,syn_002,syn_003,syn_004,syn_005,syn_006,syn_007"
declare -A pages=([region]="/regions/xinhui" [indicator]="/indicators/gdp" [compare]="$compare_url")

measure_pages() { # provider scale
  local provider=$1 n=$2 name url bytes page static
  for name in region indicator compare; do
    url="http://127.0.0.1:$port${pages[$name]}"
    # The static twin: the page's own bytes, as a file in the app's web root.
    curl -s -o "$work/app/wwwroot/bench/$name.html" "$url"
    bytes=$(stat -c %s "$work/app/wwwroot/bench/$name.html")
    # Two seconds of each, not recorded, so that both are measured warm (JIT tiers, pools, the database's caches).
    wrk -t2 -c"$connections" -d2s "$url" >/dev/null
    wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$port/bench/$name.html" >/dev/null
    page=$(run_wrk "$url")
    static=$(run_wrk "http://127.0.0.1:$port/bench/$name.html")
    local sep='?'; [[ $url == *\?* ]] && sep='&'
    record page "$provider" "$n" "$name" "$bytes" $page $static "$(uncached_ms "$url${sep}x=1")"
    log "$provider $n $name: page $page | static $static"
  done
}

# Issue 18: pages and API answers the output cache cannot help with. bench/uncached.py draws (fixed seed) distinct
# addresses from the app's own regions and indicators: /compare with the eight regions in a random order and ten random
# indicators, /api/observations with a different region/indicator/period filter each time; bench/uncached.lua walks
# them, one address per request, and counts answers that carried an Age header (served from the cache; must be none).
# The static twin has the median size of the 15 addresses kept apart for the single renders.
measure_uncached() { # provider scale
  local provider=$1 n=$2 kind list bytes result page_rps page_p50 page_p99 cached static render half
  for kind in compare api; do
    list="$work/uncached-$kind.txt"
    python3 bench/uncached.py "http://127.0.0.1:$port" "$kind" "$list" >/dev/null
    half=$(( $(wc -l <"$list") / 2 ))
    # Warm (from halfway down the list, which the measurement does not reach) before the single renders are timed.
    wrk -t2 -c"$connections" -d2s -s bench/uncached.lua "http://127.0.0.1:$port" -- "$list" "$half" 2 >/dev/null
    while read -r path; do
      curl -s -o "$work/sample.out" -w '%{time_total}\n' "http://127.0.0.1:$port$path" >>"$work/sample-times"
      printf '%s %s\n' "$(stat -c %s "$work/sample.out")" "$path" >>"$work/sample-sizes"
      cp "$work/sample.out" "$work/sample-$(stat -c %s "$work/sample.out").out"
    done <"$list.sample"
    render=$(sort -n "$work/sample-times" | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}')
    bytes=$(sort -n "$work/sample-sizes" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    cp "$work/sample-$bytes.out" "$work/app/wwwroot/bench/uncached-$kind.html"
    rm -f "$work"/sample*
    wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$port/bench/uncached-$kind.html" >/dev/null
    result=$(run_wrk -s bench/uncached.lua "http://127.0.0.1:$port" -- "$list" 1 2)
    read -r page_rps page_p50 page_p99 cached <<<"$result"
    [[ $cached == 0 ]] || { log "$provider $kind: ${cached:-an unknown number of} answers came from the output cache"; exit 1; }
    static=$(run_wrk "http://127.0.0.1:$port/bench/uncached-$kind.html")
    record uncached "$provider" "$n" "$kind" "$bytes" "$page_rps" "$page_p50" "$page_p99" $static "$render"
    log "$provider $n uncached $kind: $page_rps rps (none from the cache) | static $static | render $render ms"
  done
}

# SQLite's and PostgreSQL's own CSV writers producing the export's columns with the same joins and order (SQL printed by
# the tool from the app's query). Both sides write into the same sink, a pipe to wc -l, which also counts the rows.
export_baseline() { # provider name -> "seconds rows"
  local sql t0 rows
  sql=$(tool export-sql "$1" | tr '\n' ' ')
  t0=$(date +%s.%N)
  if [[ $1 == Sqlite ]]; then
    rows=$(sqlite3 -csv -header "$work/$2.db" "$sql" | wc -l)
  else
    rows=$(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$2" -qc "\\copy ($sql) to stdout with csv header" | wc -l)
  fi
  python3 -c "print($(date +%s.%N) - $t0, $rows - 1)"
}

# A fresh app exports everything once; its peak resident memory (VmHWM) and the rows per second.
measure_export() { # provider scale name
  local provider=$1 n=$2 name=$3 rows app_s base_s base_rows hwm t0 bytes
  start_app "$provider" "$name"
  t0=$(date +%s.%N)
  rows=$(curl -sf "http://127.0.0.1:$port/export/observations.csv" | wc -l)
  app_s=$(python3 -c "print($(date +%s.%N) - $t0)")
  rows=$((rows - 1))
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
  stop_app
  read -r base_s base_rows < <(export_baseline "$provider" "$name")
  [[ $rows == "$base_rows" ]] || { log "the app exported $rows rows, $provider $base_rows"; exit 1; }
  record export "$provider" "$n" "$rows" "$app_s" "$base_s" "$hwm"
  log "$provider $n export: $rows rows, app ${app_s}s, baseline ${base_s}s, peak RSS ${hwm} kB"
  # The same rows as a workbook (issue 18), from another fresh app: its rows per second against the CSV's, its memory.
  start_app "$provider" "$name"
  t0=$(date +%s.%N)
  bytes=$(curl -sf "http://127.0.0.1:$port/export/observations.xlsx" | wc -c)
  app_s=$(python3 -c "print($(date +%s.%N) - $t0)")
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
  stop_app
  record xlsx "$provider" "$n" "$rows" "$app_s" "$bytes" "$hwm"
  log "$provider $n xlsx: $bytes bytes in ${app_s}s, peak RSS ${hwm} kB"
}

# Process start to the first 200 of / ; median of 5, against the empty app started the same way, and the minimal
# Razor Pages + EF Core app to tell the stack's share from the dashboard's. Taken in turns (app, minimal, empty, app,
# ...) so that a busy moment of the shared machine weighs on all three.
measure_cold_start() {
  local who dir t
  for i in 1 2 3 4 5; do
    for who in app minimal empty; do
      dir=$work/$who
      start_app Sqlite seeded "$dir"
      t=$(( ($(date +%s%N) - launched_ns) / 1000000 ))
      stop_app
      record cold "$who" "$t"
      # The dashboard's own profile of that start (its "Listening ..." line) and its first request's time.
      if [[ $who == app ]]; then record startup $(python3 - "$work/app.log" <<'PY'
import json, sys
start = first = None
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    if "ListeningMs" in e:
        start = e
    elif e.get("RequestPath") == "/" and "Elapsed" in e:
        first = e
print(*(round(v) for v in (start["PreparedMs"] - start["PrepareMs"], start["PrepareMs"], start["ListeningMs"] - start["PreparedMs"],
                           first["Elapsed"], start["JitMethods"], start["JitMs"])))
PY
); fi
    done
  done
}

# First visit: the page and every script, style and icon it names (and the map's GeoJSON where it draws one), as a
# browser that accepts br/gzip receives them, headers included. Repeat visit: the page revalidated with its ETag;
# fingerprinted files are not asked for again (immutable), others are revalidated.
measure_weight() { # label path
  python3 - "http://127.0.0.1:$port" "$2" "$1" >>"$results" <<'PY'
import re, subprocess, sys
base, path, label = sys.argv[1:]
def get(url, *headers):
    args = ["curl", "-s", "-o", "/dev/null", "-D", "-", "-w", "%{size_download} %{size_header}", "-H", "Accept-Encoding: br, gzip"]
    for h in headers: args += ["-H", h]
    out = subprocess.run(args + [base + url], capture_output=True, text=True).stdout
    head, sizes = out.rsplit("\n", 1)
    body, header = map(int, sizes.split())
    h = {k.lower(): v.strip() for k, v in (l.split(":", 1) for l in head.splitlines()[1:] if ":" in l)}
    return body + header, h
html = subprocess.run(["curl", "-s", base + path], capture_output=True, text=True).stdout
assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+)"', html)
if 'data-map' in html or '"geo":' in html: assets.append("/geo/jiangmen.json")
first, page_headers = get(path)
repeat, _ = get(path, "If-None-Match: " + page_headers.get("etag", "none"))
for a in assets:
    size, h = get(a)
    first += size
    cc = h.get("cache-control", "")
    if "immutable" in cc or "max-age=" in cc and "max-age=0" not in cc:
        continue
    again, _ = get(a, "If-None-Match: " + h.get("etag", "none"))
    repeat += again
print(f"weight\t{label}\t{path}\t{first}\t{repeat}\t{len(assets)}")
PY
}

# --- The runs ----------------------------------------------------------------------------------
log "seeded database (the real seeds only) for cold start and page weight"
start_app Sqlite seeded   # the app migrates and seeds an empty database on first start
measure_weight "real seeds" /regions/xinhui
# The region page of today's seeds, rendered without the cache: the yardstick of issue 18's 20-year county (target 5).
record seeded_render region "$(uncached_ms "http://127.0.0.1:$port/regions/xinhui?x=1")"
stop_app
measure_cold_start

for provider in Sqlite Postgres; do
  name="bench_$scale"
  log "$provider: generating $scale observations"
  generate "$provider" "$scale" "$name"
  start_app "$provider" "$name"
  measure_pages "$provider" "$scale"
  measure_uncached "$provider" "$scale"
  measure_weight "synthetic $scale, $provider" /regions/xinhui
  stop_app
  measure_export "$provider" "$scale" "$name"
  [[ $provider == Sqlite ]] && rm -f "$work/$name.db"
done

# The exports' memory at 10 thousand rows, the baseline of their memory at the main and the large scale.
log "Sqlite: 10 thousand rows for the memory baseline"
generate Sqlite 10000 bench_10k
measure_export Sqlite 10000 bench_10k
if ((large > 0)); then
  for provider in $large_providers; do
    if [[ $provider != Sqlite ]]; then
      log "$provider: 10 thousand rows for the memory baseline"
      generate "$provider" 10000 bench_10k
      measure_export "$provider" 10000 bench_10k
    fi
    name="bench_$large"
    log "$provider: generating $large observations"
    generate "$provider" "$large" "$name"
    start_app "$provider" "$name"
    measure_pages "$provider" "$large"
    stop_app
    measure_export "$provider" "$large" "$name"
    [[ $provider == Sqlite ]] && rm -f "$work/$name.db"
  done
fi

elapsed=$(( $(date +%s) - started_at ))
log "writing bench/RESULTS.md (${elapsed}s in all)"
python3 bench/report.py "$results" bench/RESULTS.md "$elapsed" "$pg_version" \
  "BENCH_SCALE=$scale BENCH_LARGE=$large BENCH_LARGE_PROVIDERS=\"$large_providers\" BENCH_SECONDS=$seconds BENCH_CONNECTIONS=$connections"
log "done"
