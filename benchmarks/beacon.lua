-- wrk script: each request is a beacon POST from a different visitor (a distinct
-- User-Agent), as sendBeacon sends it. Used by benchmarks/run.py.
local counter = 0
request = function()
  counter = counter + 1
  local agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    .. "Chrome/131.0 Safari/537.36 bench/" .. math.random(1, 1000000000) .. "." .. counter
  return wrk.format("POST", nil, { ["User-Agent"] = agent, ["Content-Length"] = "0" }, "")
end
