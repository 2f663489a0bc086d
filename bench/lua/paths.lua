-- Requests for wrk from a file of lines "<token> <id> <id> …" (BENCH_LINES): each request takes a
-- random line and fills BENCH_PATH, where {id} becomes one of the line's ids; with BENCH_ONCE=1
-- every line is used once, in order (submissions: one per member), and BENCH_BODY is posted.
local lines = {}
for line in io.lines(os.getenv("BENCH_LINES")) do
  local fields = {}
  for field in line:gmatch("%S+") do fields[#fields + 1] = field end
  lines[#lines + 1] = fields
end
local path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY")
local once = os.getenv("BENCH_ONCE") == "1"
local inm = os.getenv("BENCH_IF_NONE_MATCH")
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "0")
local counter = 0
local thread_index = 0
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")

function setup(thread)
  thread:set("thread_index", thread_index)
  thread_index = thread_index + 1
end

function init(args)
  math.randomseed(os.time() + thread_index)
  counter = thread_index
end

request = function()
  local fields
  if once then
    fields = lines[(counter % #lines) + 1]
    counter = counter + thread_count
  else
    fields = lines[math.random(#lines)]
  end
  local headers = {}
  if fields[1] ~= "-" then headers["Authorization"] = "Bearer " .. fields[1] end
  if inm then headers["If-None-Match"] = inm end
  local target = path
  if #fields > 1 then target = path:gsub("{id}", fields[math.random(2, #fields)]) end
  if body then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = "bench-" .. thread_index .. "-" .. counter .. "-" .. math.random(1000000000)
    return wrk.format("POST", target, headers, body)
  end
  return wrk.format("GET", target, headers)
end

-- with BENCH_PACE_MS each connection waits before its next request, a random time averaging that many
-- milliseconds (uniform, so the connections do not fall into step): a paced load below saturation
if pace > 0 then
  delay = function()
    return math.random(0, 2 * pace)
  end
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d errors=%d status_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
