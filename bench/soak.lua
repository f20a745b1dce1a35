-- wrk script for bench/soak.sh: each request takes the next of the county page, the compare page and the bulk export.
local paths = {
  "/regions/xinhui",
  "/compare?regions=xinhui,taishan,kaiping,heshan&indicators=gdp,gdp_growth,resident_population",
  "/export/observations.csv",
}
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d bytes=%d seconds=%.1f rps=%.1f non2xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, summary.bytes, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
