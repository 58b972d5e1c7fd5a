-- wrk script for bench/central.sh: kiosk headers, an optional pacing delay and, for POST, a fresh
-- Idempotency-Key per request. Settings come from the environment:
--   BENCH_DELAY_MS  pause per connection between requests (0 = as fast as possible)
--   (kiosk routes are reached through bench/central.sh's mutual-TLS proxy: no credentials in headers)
--   BENCH_METHOD (GET or POST), BENCH_BODY (JSON body of a POST)
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local counter = 0
local threads = {}
math.randomseed(os.time())
local run_tag = string.format("%x%04x", os.time(), math.random(0, 65535))

-- each thread gets its own key prefix; the run tag keeps keys of earlier runs from being replayed
function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_tag", run_tag .. "t" .. #threads)
end

-- non-2xx answers by status, printed at the end so that a refusal is never mistaken for speed
refused = {}
function response(status, headers, body)
  if status >= 300 then
    refused[status] = (refused[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local seen = thread:get("refused")
    for status, count in pairs(seen or {}) do
      counts[status] = (counts[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    table.insert(parts, status .. "=" .. count)
  end
  table.sort(parts)
  io.write("Refused by status: " .. (#parts > 0 and table.concat(parts, " ") or "none") .. "\n")
end

function init(args)
  wrk.method = method
  if method == "POST" then
    wrk.headers["Content-Type"] = "application/json"
    wrk.body = body
  end
end

function request()
  if method == "POST" then
    counter = counter + 1
    wrk.headers["Idempotency-Key"] = "bench-" .. thread_tag .. "-" .. counter
  end
  return wrk.format()
end

function delay()
  return delay_ms
end
