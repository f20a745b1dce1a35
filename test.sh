#!/usr/bin/env bash
# Runs every test of the dashboard: unit, integration on SQLite and on a real PostgreSQL, and browser tests in Chromium.
# Installs what it needs from Debian's packages, starts a throw-away PostgreSQL as the `postgres` user on a
# free local port, and stops it at the end. Anything that cannot be set up fails the run; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '[test.sh] %s\n' "$*" >&2; }

apt_updated=0
need_packages() {
  local missing=()
  for pkg in "$@"; do
    # Not `dpkg -s`: it succeeds for a removed package whose configuration files remain.
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == "install ok installed" ]] || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  [[ $(id -u) -eq 0 ]] || { log "missing packages ${missing[*]} and not root to install them"; exit 1; }
  if ((apt_updated == 0)); then
    log "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------
need_packages postgresql
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$pg_bin/initdb" ]] || { log "PostgreSQL server binaries not found under /usr/lib/postgresql"; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_dir=$(mktemp -d /tmp/jiangmen-pg.XXXXXX)
chown postgres:postgres "$pg_dir"
chmod 700 "$pg_dir"
pg_port=$(free_port)

stop_postgres() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

log "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
  || { log "PostgreSQL did not start:"; cat "$pg_dir/server.log" >&2; exit 1; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc 'select 1' >/dev/null \
  || { log "PostgreSQL does not answer"; exit 1; }
export JIANGMEN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# --- Chromium for the browser tests ----------------------------------------------------------
# Debian's build, driven by Playwright; Playwright's own browser download is never used (it cannot reach its CDN).
# fonts-noto-cjk: without a CJK font the Chinese screenshots show empty boxes.
need_packages chromium fonts-noto-cjk
[[ -x /usr/bin/chromium ]] || { log "/usr/bin/chromium is missing after installing chromium"; exit 1; }
export CHROMIUM_PATH=/usr/bin/chromium

# --- docker-compose and nginx, to validate docker-compose.yml and the load balancer's configuration ---------------
# (there is no Docker engine: the tests run the containers' commands directly)
need_packages docker-compose nginx

# --- Tests ------------------------------------------------------------------------------------
log "building"
dotnet build Jiangmen.Dashboard.sln -c Release -nologo -v quiet

results=$(mktemp -d /tmp/jiangmen-results.XXXXXX)
status=0
dotnet test Jiangmen.Dashboard.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" --logger "console;verbosity=normal" || status=$?

# One closing line over all test projects; a skipped test counts as a failure of the run.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    s += int(c.get("notExecuted")) + int(c.get("inconclusive"))
print(p, f, s)
PY
)
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
if ((skipped > 0)); then
  log "$skipped test(s) did not run; a test that cannot run fails the run"
  status=1
fi
if ((passed == 0)); then
  log "no test ran"
  status=1
fi
exit "$status"
