-- wrk warm-up counted in requests (run.sh):
--   wrk -t<threads> -c<connections> -d<upper bound> -s warmup.lua <url> -- <requests> <threads> <empty directory>
-- Each thread stops once it has had its share of answers (requests / threads, rounded up) and leaves
-- a mark in the directory; run.sh interrupts wrk once every thread has left one, so a route gets the
-- same number of requests whatever its speed, and -d is only an upper bound.
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
end

function init(args)
  share, marks, answered = math.ceil(tonumber(args[1]) / tonumber(args[2])), args[3], 0
end

function response(status, headers, body)
  answered = answered + 1
  if answered == share then
    wrk.thread:stop()
    io.open(marks .. "/" .. id, "w"):close()
  end
end

function done(summary, latency, requests)
  io.write(string.format("WARMUP requests=%d non2xx=%d socket_errors=%d seconds=%.1f\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6))
end
