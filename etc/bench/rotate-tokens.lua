-- wrk script: each request carries the bearer token of the next signed-in user (tokens file: one
-- token a line, passed after "--"), so the load spreads over users of different tenants. An optional
-- second argument names a file whose content is POSTed as JSON with every request.
-- done() prints one machine-readable line: RESULT <requests/s> <p50 ms> <p99 ms> <non-2xx> <requests> <socket errors>.
local tokens = {}
local next_index = 1
local threads = 0
local body = nil

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  if args[2] then
    local file = assert(io.open(args[2], "r"))
    body = file:read("*a")
    file:close()
  end
  -- threads start at different users
  next_index = ((thread_id or 0) * 7919) % #tokens + 1
end

function request()
  next_index = next_index % #tokens + 1
  local headers = { ["Authorization"] = "Bearer " .. tokens[next_index] }
  if body then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", nil, headers, body)
  end
  return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, summary.requests, e.connect + e.read + e.write + e.timeout))
end
