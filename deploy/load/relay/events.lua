-- wrk: POSTs ApplicationStatusChanged events to a receiver's /internal/events, each with an id of
-- its own (a receiver deduplicates on it) and, like funding's relay, the events credential.
-- Environment: RELAY_CREDENTIAL (the credential), RELAY_RUN (8 hex digits, this run's own).

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init()
  n = 0
  run = os.getenv("RELAY_RUN")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Service-Credential"] = os.getenv("RELAY_CREDENTIAL")
end

local function uuid(kind)
  return string.format("%s-%04x-4%03x-8000-%012x", run, tid, kind, n)
end

function request()
  n = n + 1
  local app, owner = uuid(1), uuid(2)
  wrk.body = '{"id":"' .. uuid(0) .. '","type":"ApplicationStatusChanged","aggregateId":"' .. app ..
    '","occurredAt":"2026-12-07T12:00:00Z","data":{"applicationId":"' .. app ..
    '","applicationTitle":"Relay benchmark","callId":"' .. uuid(3) .. '","callTitle":"Relay benchmark call","ownerId":"' .. owner ..
    '","members":["' .. owner .. '"],"from":"DRAFT","to":"SUBMITTED","actor":"' .. owner .. '","reason":null,"facts":null}}'
  return wrk.format()
end

function done(summary, latency, requests)
  io.stderr:write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
