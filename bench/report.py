"""Turns the rows bench/run.sh recorded into the bench section of bench/RESULTS.md; the rest of the file is kept."""
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

results_path, markdown_path, elapsed, pg_version, settings = sys.argv[1:]
rows = [line.rstrip("\n").split("\t") for line in open(results_path, encoding="utf-8") if line.strip()]


def of(kind):
    return [r[1:] for r in rows if r[0] == kind]


def run(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "?"


def met(ok):
    return "yes" if ok else "**no**"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
memory = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
lines = [
    "<!-- bench:begin -->",
    "## Benchmark (bench/run.sh)",
    "",
    f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC in {int(elapsed) // 60} min {int(elapsed) % 60} s with `{settings} bench/run.sh`.",
    "",
    f"Machine: {cpu}, {os.cpu_count()} cores (shared with other work), {int(memory) // 1024} MB; {platform.platform()};",
    f".NET {run('dotnet', '--version')}; PostgreSQL {pg_version}; SQLite {run('sqlite3', '--version').split(' ')[0]};"
    f" {run('sh', '-c', 'wrk -v 2>&1 | head -n 1').split(' [')[0]}. wrk, the app and the databases share the same cores, so",
    "figures are compared within one run (page against static file, app against sqlite3/psql), never across runs.",
    "",
]

pages = of("page")
exports = of("export")
cold = of("cold")
weights = of("weight")

summary = ["| # | target | measured | met? |", "| --- | --- | --- | --- |"]
main_scale = min((int(p[1]) for p in pages), default=0)
for provider, scale, name, size, rps, p50, p99, srps, sp50, sp99, uncached in pages:
    if int(scale) != main_scale:
        continue
    ratio = float(rps) / float(srps)
    summary.append(f"| 1 | {name} page, {provider}, {int(scale):,} obs: rps ≥ 0.5 × static file of the same size ({int(size):,} B) |"
                   f" {float(rps):,.0f} / {float(srps):,.0f} rps = **{ratio:.2f}**; p50 {p50} / {sp50} ms, p99 {p99} / {sp99} ms | {met(ratio >= 0.5)} |")
for provider, scale, count, app_s, base_s, hwm in exports:
    if int(scale) < 1_000_000:
        continue
    ratio = float(base_s) / float(app_s)
    tool = "sqlite3 -csv" if provider == "Sqlite" else "psql \\copy"
    summary.append(f"| 2 | export {int(scale):,} obs, {provider}: rows/s ≥ 0.5 × {tool} |"
                   f" {int(count) / float(app_s):,.0f} / {int(count) / float(base_s):,.0f} rows/s = **{ratio:.2f}** | {met(ratio >= 0.5)} |")
for provider in sorted({e[0] for e in exports}):
    small = [e for e in exports if e[0] == provider and int(e[1]) == 10_000]
    big = [e for e in exports if e[0] == provider and int(e[1]) >= 10_000_000]
    if small and big:
        grow = (int(big[0][5]) - int(small[0][5])) / 1024
        summary.append(f"| 2 | export peak RSS at {int(big[0][1]):,} rows within 50 MB of 10,000 rows, {provider} |"
                       f" {int(small[0][5]) // 1024} MB → {int(big[0][5]) // 1024} MB (**{grow:+.0f} MB**) | {met(grow <= 50)} |")
app_cold = statistics.median(int(c[1]) for c in cold if c[0] == "app") if cold else 0
empty_cold = statistics.median(int(c[1]) for c in cold if c[0] == "empty") if cold else 0
minimal_cold = statistics.median(int(c[1]) for c in cold if c[0] == "minimal") if cold else 0
if cold:
    summary.append(f"| 3 | cold start to first 200 of `/` ≤ 2 × empty ASP.NET Core app (median of 5) |"
                   f" {app_cold} / {empty_cold} ms = **{app_cold / empty_cold:.2f}** | {met(app_cold / empty_cold <= 2)} |")
for label, path, first, repeat, assets in weights:
    summary.append(f"| 4 | `{path}` ({label}): first visit ≤ 150 KB, repeat < 20 KB |"
                   f" first **{int(first) / 1024:.1f} KB** ({assets} files besides the page), repeat **{int(repeat) / 1024:.1f} KB** |"
                   f" {met(int(first) <= 150 * 1024 and int(repeat) < 20 * 1024)} |")

lines += ["### Targets", ""] + summary + [""]

# Issue 18: speed where the output cache cannot help.
unseen = of("uncached")
xlsx = of("xlsx")
seeded_render = {r[0]: float(r[1]) for r in of("seeded_render")}
targets = ["| # | target | measured | met? |", "| --- | --- | --- | --- |"]
for provider, scale, kind, size, rps, p50, p99, srps, sp50, sp99, render in unseen:
    if int(scale) != main_scale:
        continue
    floor = 0.3 if provider == "Sqlite" else 0.2
    ratio = float(rps) / float(srps)
    what = "/compare, a different 8 × 10 selection each request" if kind == "compare" else "/api/observations, a different filter each request"
    targets.append(f"| {1 if kind == 'compare' else 2} | {what}, {provider}, {int(scale):,} obs: rps ≥ {floor} × static file ({int(size):,} B) |"
                   f" {float(rps):,.0f} / {float(srps):,.0f} rps = **{ratio:.3f}**; p50 {p50} / {sp50} ms, p99 {p99} / {sp99} ms; single render {render} ms | {met(ratio >= floor)} |")
renders = {(p[0], p[2]): float(p[10]) for p in pages if int(p[1]) == main_scale}
for provider in ("Sqlite", "Postgres"):
    if (provider, "region") in renders and (provider, "indicator") in renders:
        ratio = renders[(provider, "region")] / renders[(provider, "indicator")]
        targets.append(f"| 3 | region page's render without cache ≤ 2 × the indicator page's, {provider}, {main_scale:,} obs |"
                       f" {renders[(provider, 'region')]:.1f} / {renders[(provider, 'indicator')]:.1f} ms = **{ratio:.2f}** | {met(ratio <= 2)} |")
if cold:
    targets.append(f"| 4 | cold start to first 200 of `/` ≤ 1.4 × `bench/MinimalApp` (median of 5) |"
                   f" {app_cold} / {minimal_cold} ms = **{app_cold / minimal_cold:.2f}** | {met(app_cold / minimal_cold <= 1.4)} |")
for label, path, first, repeat, assets in weights:
    if not label.startswith("synthetic"):
        continue
    provider = label.split(", ")[-1]
    render = renders.get((provider, "region"))
    if render and "region" in seeded_render:
        ratio = render / seeded_render["region"]
        targets.append(f"| 5 | `{path}`, 20 years on every indicator ({label}): first visit ≤ 150 KB, render without cache ≤ 1.5 × today's"
                       f" (the real seeds, {seeded_render['region']:.1f} ms) | first **{int(first) / 1024:.1f} KB**; render {render:.1f} ms = **{ratio:.2f}** ×"
                       f" | {met(int(first) <= 150 * 1024 and ratio <= 1.5)} |")
csv_rate = {(e[0], int(e[1])): int(e[2]) / float(e[3]) for e in exports}
csv_hwm = {(e[0], int(e[1])): int(e[5]) for e in exports}
xlsx_hwm = {(x[0], int(x[1])): int(x[5]) for x in xlsx}
for provider, scale, count, app_s, size, hwm in xlsx:
    if int(scale) < 1_000_000:
        continue
    rate = int(count) / float(app_s)
    ratio = rate / csv_rate[(provider, int(scale))]
    small = xlsx_hwm.get((provider, 10_000))
    grow = (int(hwm) - small) / 1024 if small else None
    memory = f"; peak RSS {small // 1024} MB at 10,000 rows → {int(hwm) // 1024} MB (**{grow:+.0f} MB**)" if small else ""
    targets.append(f"| 6 | `/export/observations.xlsx`, {provider}, {int(scale):,} obs: rows/s ≥ 0.3 × the CSV's; peak RSS within 50 MB of 10,000 rows |"
                   f" {rate:,.0f} / {csv_rate[(provider, int(scale))]:,.0f} rows/s = **{ratio:.2f}** ({int(size) / 1e6:.0f} MB){memory}"
                   f" | {met(ratio >= 0.3 and (grow is None or grow <= 50))} |")
if len(targets) > 2:
    lines += ["### Targets of issue 18 (speed where the output cache cannot help)", ""] + targets + [""]

lines += ["### Pages (wrk, 2 threads, page then its static twin)", "",
          "| provider | observations | page | bytes | page rps | p50 ms | p99 ms | static rps | p50 ms | p99 ms | ratio | render without cache (median of 15 after 40 warm, ms) |",
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for provider, scale, name, size, rps, p50, p99, srps, sp50, sp99, uncached in pages:
    lines.append(f"| {provider} | {int(scale):,} | {name} | {int(size):,} | {float(rps):,.0f} | {p50} | {p99} | {float(srps):,.0f} | {sp50} | {sp99} |"
                 f" {float(rps) / float(srps):.2f} | {uncached} |")
if unseen:
    lines += ["", "### Without the output cache (wrk, 2 threads; every request a different address, none served from the cache)", "",
              "| provider | observations | what | static twin bytes | rps | p50 ms | p99 ms | static rps | p50 ms | p99 ms | ratio | single render (median of 15 after a warm-up, ms) |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for provider, scale, kind, size, rps, p50, p99, srps, sp50, sp99, render in unseen:
        lines.append(f"| {provider} | {int(scale):,} | {kind} | {int(size):,} | {float(rps):,.0f} | {p50} | {p99} | {float(srps):,.0f} | {sp50} | {sp99} |"
                     f" {float(rps) / float(srps):.3f} | {render} |")
if xlsx:
    lines += ["", "### Bulk export as a workbook `/export/observations.xlsx` (a fresh app per run)", "",
              "| provider | observations | rows | app s | rows/s | CSV's rows/s | ratio | bytes | peak RSS MB | CSV's peak RSS MB |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for provider, scale, count, app_s, size, hwm in xlsx:
        rate = int(count) / float(app_s)
        lines.append(f"| {provider} | {int(scale):,} | {int(count):,} | {float(app_s):.1f} | {rate:,.0f} | {csv_rate[(provider, int(scale))]:,.0f} |"
                     f" {rate / csv_rate[(provider, int(scale))]:.2f} | {int(size):,} | {int(hwm) // 1024} | {csv_hwm[(provider, int(scale))] // 1024} |")
lines += ["", "### Bulk export `/export/observations.csv` (a fresh app per run; sqlite3 / psql write the same columns)", "",
          "| provider | observations | rows | app s | app rows/s | sqlite3/psql s | their rows/s | ratio | app peak RSS MB |",
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
for provider, scale, count, app_s, base_s, hwm in exports:
    lines.append(f"| {provider} | {int(scale):,} | {int(count):,} | {float(app_s):.1f} | {int(count) / float(app_s):,.0f} | {float(base_s):.1f} |"
                 f" {int(count) / float(base_s):,.0f} | {float(base_s) / float(app_s):.2f} | {int(hwm) // 1024} |")
lines += ["", "### Cold start (ms, process start to first 200 of `/`)", "",
          f"dashboard on the seeded SQLite database: {', '.join(c[1] for c in cold if c[0] == 'app')} (median {app_cold});"
          f" minimal Razor Pages + EF Core app (one page, one query on the same model): {', '.join(c[1] for c in cold if c[0] == 'minimal')}"
          f" (median {minimal_cold}); empty app: {', '.join(c[1] for c in cold if c[0] == 'empty')} (median {empty_cold}).", "",
          f"Against the empty app: the minimal app {minimal_cold / empty_cold:.2f}×, the dashboard {app_cold / empty_cold:.2f}×;"
          f" the dashboard against the minimal app {app_cold / minimal_cold:.2f}×.", ""]
startup = of("startup")
if startup:
    median = [statistics.median(int(r[i]) for r in startup) for i in range(6)]
    lines += ["Where the dashboard's start goes (its own log line at each start, median of the same five starts, ms):", "",
              "| runtime, host and request pipeline | preparing the database (EF Core's model, migration check, first query) |"
              " host start to listening | first request of `/` | methods JIT-compiled by listening | JIT time by listening |",
              "| --- | --- | --- | --- | --- | --- |",
              "| " + " | ".join(f"{v:,.0f}" for v in median) + " |", ""]
lines += ["### Generation", "", "| provider | observations | seconds |", "| --- | --- | --- |"]
lines += [f"| {p} | {int(n):,} | {s} |" for p, n, s in of("generate")]
lines += ["", "<!-- bench:end -->"]
section = "\n".join(lines)

try:
    existing = open(markdown_path, encoding="utf-8").read()
except FileNotFoundError:
    existing = "# Benchmark results\n\n<!-- bench:begin -->\n<!-- bench:end -->\n\n<!-- soak:begin -->\n<!-- soak:end -->\n"
if "<!-- bench:begin -->" in existing and "<!-- bench:end -->" in existing:
    updated = re.sub(r"<!-- bench:begin -->.*?<!-- bench:end -->", lambda _: section, existing, flags=re.S)
else:
    updated = existing.rstrip("\n") + "\n\n" + section + "\n"
open(markdown_path, "w", encoding="utf-8").write(updated)
