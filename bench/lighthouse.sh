#!/usr/bin/env bash
# Lighthouse (not part of ./test.sh): the published app on SQLite at 127.0.0.1, then Lighthouse in Debian's Chromium
# over a few pages, as a phone (Lighthouse's default mobile emulation, throttled) and as a desktop, LH_RUNS times each
# (3), reporting the median of each score and of Total Blocking Time. Its figures go into bench/RESULTS.md between
# <!-- lighthouse:begin --> and <!-- lighthouse:end -->.
#   LH_APP names a published folder to audit instead of publishing this tree (to compare builds); LH_PAGES (a space-
#   separated list of addresses) and LH_FORMS ("mobile desktop") narrow the run; LH_RESULTS=no leaves RESULTS.md alone.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${LH_RUNS:-3}
# The five page types issue 19 names: the overview, a region, an indicator, a compare and a pairing.
pages=${LH_PAGES:-"/ /regions/xinhui /indicators/gdp /compare?regions=taishan,kaiping,enping /partnerships/heshan-kaiping"}
forms=${LH_FORMS:-"mobile desktop"}
log() { printf '[lighthouse] %s\n' "$*" >&2; }

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  [[ $(id -u) -eq 0 ]] || { log "Chromium is missing and this is not root: apt-get install chromium"; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# Lighthouse 12.8 runs on the Node 20 Debian has; 13 wants Node 22.
tools=${XDG_CACHE_HOME:-$HOME/.cache}/jiangmen-lighthouse
if [[ ! -x $tools/node_modules/.bin/lighthouse ]]; then
  log "installing lighthouse 12.8.2 into $tools"
  mkdir -p "$tools" && (cd "$tools" && npm init -y >/dev/null && npm i -E lighthouse@12.8.2 --no-audit --no-fund >/dev/null)
fi

work=$(mktemp -d /tmp/jiangmen-lighthouse.XXXXXX)
app_pid=""
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/app.sh
source bench/app.sh
start_app "$work" "${LH_APP:-}"

# The machine is shared: what else was running is part of the figures.
load=$(cut -d' ' -f1-3 /proc/loadavg)
for form in $forms; do
  for page in $pages; do
    curl -fsS -o /dev/null "$base$page"
    for run in $(seq 1 "$runs"); do
      name=$(printf '%s' "$form$page" | tr -c 'A-Za-z0-9' '_')-$run
      preset=()
      [[ $form == desktop ]] && preset=(--preset=desktop)
      log "$form $page run $run"
      CHROME_PATH=$chromium "$tools/node_modules/.bin/lighthouse" "$base$page" "${preset[@]}" --quiet --output=json \
        --output-path="$work/$name.json" --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 ||
        log "lighthouse failed on $page ($form, run $run)"
    done
  done
done

python3 - "$work" "$runs" "${LH_RESULTS:-yes}" bench/RESULTS.md "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$load" <<'PY'
import glob, json, os, re, statistics, sys
work, runs, write, results, build, load = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "yes", sys.argv[4], sys.argv[5], sys.argv[6]
rows = {}
for path in sorted(glob.glob(os.path.join(work, "*.json"))):
    report = json.load(open(path))
    form = "desktop" if report["configSettings"]["formFactor"] == "desktop" else "mobile"
    page = report["requestedUrl"].split("/", 3)[3] if report["requestedUrl"].count("/") > 2 else ""
    key = (form, "/" + page)
    scores = {c: (report["categories"][c]["score"] or 0) * 100 for c in ("performance", "accessibility", "best-practices", "seo")}
    scores["tbt"] = report["audits"]["total-blocking-time"]["numericValue"]
    scores["lcp"] = report["audits"]["largest-contentful-paint"]["numericValue"]
    scores["cls"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    rows.setdefault(key, []).append(scores)
lines = ["| form | page | runs | performance | accessibility | best practices | SEO | TBT ms | LCP ms | CLS |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for (form, page), runs_ in sorted(rows.items()):
    m = {k: statistics.median(r[k] for r in runs_) for k in runs_[0]}
    lines.append(f"| {form} | `{page}` | {len(runs_)} | {m['performance']:.0f} | {m['accessibility']:.0f} | {m['best-practices']:.0f} | {m['seo']:.0f} | {m['tbt']:.0f} | {m['lcp']:.0f} | {m['cls']:.3f} |")
table = "\n".join(lines)
print(table)
if write:
    section = f"<!-- lighthouse:begin -->\n## Lighthouse (bench/lighthouse.sh)\n\nBuild `{build}`, medians of {runs} runs each, Lighthouse 12.8.2 in Debian's Chromium on this 2-core machine (load average {load} when it began; Lighthouse throttles the phone's CPU 4× on top).\n\n{table}\n<!-- lighthouse:end -->"
    text = open(results).read()
    text = re.sub(r"<!-- lighthouse:begin -->.*?<!-- lighthouse:end -->", lambda _: section, text, flags=re.S) if "<!-- lighthouse:begin -->" in text else text.rstrip("\n") + "\n\n" + section + "\n"
    open(results, "w").write(text)
PY
