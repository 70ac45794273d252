-- wrk script of bench-ingest: each request a weighing with its own client key, at one of the points
-- listed in POINTS (a file, one code per line), to TARGET (tonnage-logs or the echo endpoint).
-- Prints one RESULT line that IngestBench reads.
local points = {}
for line in io.lines(os.getenv("POINTS")) do points[#points + 1] = line end
local run = os.getenv("RUN")
local path = os.getenv("TARGET")
local at = os.getenv("AT")
local auth = os.getenv("AUTH")
local counter = 0
local threads = {}

function setup(thread)
  nthreads = (nthreads or 0) + 1
  thread:set("tid", nthreads)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = auth
  bad = 0
  first_bad = ""
end

function request()
  counter = counter + 1
  local p = points[(counter * 7 + tid) % #points + 1]
  local body = '{"pointCode":"' .. p .. '","category":"RESIDUAL","weightKg":' .. (100 + counter % 400) .. '.5,"weighedAt":"'
      .. at .. '","clientKey":"' .. run .. '-' .. tid .. '-' .. counter .. '"}'
  return wrk.format(nil, path, nil, body)
end

function response(status, headers, body)
  if status ~= 201 and status ~= 200 then
    bad = bad + 1
    if bad == 1 then first_bad = status .. " " .. string.sub(body, 1, 300) end
  end
end

function done(summary, latency, requests)
  local bads, sample = 0, ""
  for _, t in ipairs(threads) do
    bads = bads + (t:get("bad") or 0)
    if sample == "" then sample = t:get("first_bad") or "" end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.3f p99=%.3f max=%.3f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bads, e.connect + e.read + e.write + e.timeout))
  if sample ~= "" then io.write("FIRST-REFUSAL " .. sample .. "\n") end
end
