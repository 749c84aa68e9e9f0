-- Loaded by bench/run.mjs into wrk: rotates over the paths given after `--` (or requests the URL
-- as given when there are none) and prints one machine-readable line with the figures.
local paths = {}
local next_path = 0

function init(args)
  for _, p in ipairs(args) do
    table.insert(paths, p)
  end
end

function request()
  if #paths == 0 then
    return wrk.request()
  end
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"seconds":%.3f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"socketErrors":%d,"statusErrors":%d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
