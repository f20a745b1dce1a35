-- wrk script (issue 18): each request asks for the next address of a file that bench/uncached.py drew, all distinct,
-- so none can be answered from the output cache. The THREADS threads (wrk's -t, default 2; a thread's script starts
-- before the next thread exists, so it cannot count them) take alternate lines from line FIRST (default 1): give each
-- run against the same app its own part of the file (run.sh warms up halfway down, then measures from the top).
--   wrk -t THREADS -s bench/uncached.lua URL -- FILE [FIRST [THREADS]]
-- At the end it prints the answers that carried an Age header (served by the output cache) and any status but 200.
local threads = {}

function setup(thread)
  -- Each thread runs in a Lua state of its own: its number reaches it as a global.
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  step = tonumber(args[3]) or 2
  next_line = (tonumber(args[2]) or 1) + thread_number
  wrapped, cached, other = 0, 0, 0
end

function request()
  if next_line > #paths then
    next_line = next_line - #paths
    wrapped = wrapped + 1
  end
  local path = paths[next_line]
  next_line = next_line + step
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if headers["Age"] or headers["age"] then cached = cached + 1 end
  if status ~= 200 then other = other + 1 end
end

function done(summary, latency, requests)
  local c, o, w = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("cached")
    o = o + t:get("other")
    w = w + t:get("wrapped")
  end
  io.write(string.format("uncached.lua: %d requests, %d from the output cache, %d not 200, %d threads ran out of addresses\n",
    summary.requests, c, o, w))
end
