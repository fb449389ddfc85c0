-- wrk script for the admission portal: every request files a new child (unique 12-digit identifier per run, thread
-- and counter) with its own Idempotency-Key; one request in twenty is a double tap that sends the previous
-- application again with the same key. The receipts of 201 answers go to receipts-<thread>.txt so that the database
-- can be checked afterwards. Driven by PortalLoadBenchmark; by hand:
--   CAMPAIGN=1 SCHOOL=41 COMMUNE=13279 PREFIX=0 wrk -t2 -c64 -d30s -s apply.lua http://127.0.0.1:18080
local counter = 0
local thread_id = 0
local threads = {}
local out

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  out = io.open("receipts-" .. id .. ".txt", "w")
  refused = io.open("refused-" .. id .. ".txt", "w")
  campaign = os.getenv("CAMPAIGN")
  school = os.getenv("SCHOOL")
  commune = os.getenv("COMMUNE")
  prefix = os.getenv("PREFIX") or "0"
end

local last

function request()
  if last ~= nil and counter % 20 == 0 then
    local again = last
    last = nil
    return again
  end
  counter = counter + 1
  local n = thread_id * 100000 + counter
  local female = n % 2 == 1
  -- 033 (province) + sex-and-century digit + 16 (born 2016) + one digit of run and thread (1 to 6: the demo's own
  -- applicants use 9) + a 5-digit counter
  local pid = string.format("033%d16%d%05d", female and 3 or 2, (tonumber(prefix) * 2 + thread_id) % 10, counter % 100000)
  local body = string.format('{"personalId":"%s","fullName":"Học Sinh Tải %d","birthDate":"2016-05-20","female":%s,' ..
    '"residenceArea":"%s","address":"Thôn Tải %d","guardianName":"Phụ Huynh %d","guardianPhone":"0900000000",' ..
    '"guardianEmail":"ph%d@example.vn","choices":[%s]}', pid, n, tostring(female), commune, n, n, n, school)
  last = wrk.format("POST", "/api/v1/public/admissions/campaigns/" .. campaign .. "/applications",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. "-" .. thread_id .. "-" .. counter }, body)
  return last
end

function response(status, headers, body)
  if status == 201 then
    local receipt = string.match(body, '"receiptNumber":"([^"]+)"')
    out:write(receipt, "\n")
  else
    refused:write(status, " ", string.sub(body, 1, 300), "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms, non-2xx/3xx %d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status))
end
