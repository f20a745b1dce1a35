# Sourced by the bench scripts (soak.sh, lighthouse.sh): the published app on its own SQLite database at a free
# local port, as production runs it, with the per-client limit lifted (every request comes from one address here).
#   start_app WORK FROM [NAME=VALUE ...]: copies FROM (a published folder) or, when FROM is empty, publishes this tree
#   into WORK/app; starts it with the extra environment given, sets app_pid and base, and waits until it is ready.
#   The caller kills $app_pid when done (its EXIT trap).

start_app() {
  local work=$1 from=$2
  shift 2
  if [[ -n $from ]]; then
    cp -r "$from" "$work/app"
  else
    log "publishing the app"
    dotnet publish src/Jiangmen.Dashboard.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Dashboard="Data Source=$work/bench.db" \
    RateLimits__PermitLimit=1000000000 Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet Jiangmen.Dashboard.Web.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
  app_pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { log "the app exited:"; cat "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  log "the app did not become ready"
  exit 1
}
