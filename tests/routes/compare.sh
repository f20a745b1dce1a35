#!/usr/bin/env bash
# Compares every page, download and API answer of two builds on the real seeds, byte for byte after normalising what
# differs between any two runs (today's date, request ids; archives compared entry by entry).
#   tests/routes/compare.sh OLD_REF [NEW_REF]     NEW_REF defaults to the working tree
# Each build runs on a fresh SQLite database seeded from its own seeds/. Exit 0 when nothing differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
old=${1:?usage: compare.sh OLD_REF [NEW_REF]}
new=${2:-}
work=$(mktemp -d /tmp/jiangmen-routes.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  git -C "$root" worktree remove --force "$work/old" 2>/dev/null || true
  [[ -n $new ]] && git -C "$root" worktree remove --force "$work/new" 2>/dev/null || true
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# snapshot NAME SOURCE_DIR: builds SOURCE_DIR, serves it on a fresh database, writes $work/NAME.
snapshot() {
  local name=$1 dir=$2 port
  echo "[routes] building $name ($dir)" >&2
  dotnet build "$dir/src/Jiangmen.Dashboard.Web" -c Release -nologo -v quiet -o "$work/$name-bin" >/dev/null
  port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Dashboard="Data Source=$work/$name.db" RateLimits__PermitLimit=1000000 \
    dotnet "$work/$name-bin/Jiangmen.Dashboard.Web.dll" >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
    sleep 0.5
  done
  python3 "$root/tests/routes/snapshot.py" "http://127.0.0.1:$port" "$dir/seeds" "$work/$name-answers"
}

git worktree add --detach "$work/old" "$old" >/dev/null 2>&1
snapshot old "$work/old"
if [[ -n $new ]]; then
  git worktree add --detach "$work/new" "$new" >/dev/null 2>&1
  snapshot new "$work/new"
else
  snapshot new "$root"
fi

if diff -r "$work/old-answers" "$work/new-answers" >"$work/diff.txt"; then
  echo "[routes] $(wc -l <"$work/new-answers/INDEX") answers, no difference"
else
  echo "[routes] answers differ ($(grep -c '^diff ' "$work/diff.txt" || true) files); the diff is in $work/diff.txt" >&2
  trap - EXIT
  cleanup
  exit 1
fi
