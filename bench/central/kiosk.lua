-- wrk script for bench/central.sh: kiosk headers, an optional pacing delay and, for POST, a fresh
-- Idempotency-Key per request. Settings come from the environment:
--   BENCH_DELAY_MS  pause per connection between requests (0 = as fast as possible)
--   BENCH_KIOSK, BENCH_SECRET  kiosk credentials (empty = public endpoint, no headers)
--   BENCH_METHOD (GET or POST), BENCH_BODY (JSON body of a POST)
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local kiosk = os.getenv("BENCH_KIOSK") or ""
local secret = os.getenv("BENCH_SECRET") or ""
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local counter = 0
local thread_tag = ""
local threads_seen = 0

function setup(thread)
  threads_seen = threads_seen + 1
  thread:set("thread_tag", "t" .. threads_seen .. "x" .. math.random(100000, 999999))
end

function init(args)
  wrk.method = method
  if kiosk ~= "" then
    wrk.headers["X-Budayang-Kiosk"] = kiosk
    wrk.headers["Authorization"] = "Bearer " .. secret
  end
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
