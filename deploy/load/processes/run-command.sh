#!/usr/bin/env bash
# The run command's own start, timed (issue 20, target 2): starts deploy/local/run.sh of a checkout with the
# given options, records when each of the five processes first answers /q/health/ready and when the command
# says the portal is running (demo data loaded, logins printed), then stops it as Ctrl-C does (run.sh handles SIGTERM the same way)
# and records how long the stop took; checks that no process is left on the suite's ports.
#
# Usage: deploy/load/processes/run-command.sh <checkout> [run.sh options...]
#        e.g. deploy/load/processes/run-command.sh /tmp/clone --no-build
# Needs the suite's ports (8080-8084) free; uses the machine's own databases, as the command does.
# Prints one line: seconds from launch to the processes' start (the databases checked, the build if any),
# from there to each process's ready and to "running", and the stop.
set -euo pipefail
checkout=$(cd "$1" && pwd); shift
ports=(identity-service:8081 funding-service:8082 mentorship-service:8083 notification-service:8084 gateway:8080)
for p in "${ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${p#*:}") 2>/dev/null; then echo "port ${p#*:} is in use" >&2; exit 1; fi
done
out=$(mktemp /tmp/run-command.XXXXXX)
now() { date +%s.%N; }
t0=$(now)
"$checkout/deploy/local/run.sh" "$@" >"$out" 2>&1 &
runner=$!
declare -A ready
starting=""
while kill -0 "$runner" 2>/dev/null; do
  [[ -z $starting ]] && grep -q "Waiting for the services" "$out" && starting=$(now)
  for p in "${ports[@]}"; do
    m=${p%:*}
    [[ -n ${ready[$m]:-} ]] && continue
    curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${p#*:}/q/health/ready" && ready[$m]=$(now)
  done
  grep -q "The portal is running" "$out" && break
  sleep 0.1
done
running=$(now)
grep -q "The portal is running" "$out" || { cat "$out" >&2; echo "the command stopped before the portal ran" >&2; exit 1; }
answer=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/api/funding/calls || true)
s0=$(now)
kill -TERM "$runner"; wait "$runner" || true   # what Ctrl-C does (a background job ignores SIGINT)
s1=$(now)
left=""
for p in "${ports[@]}"; do (exec 3<>"/dev/tcp/127.0.0.1/${p#*:}") 2>/dev/null && left+=" ${p#*:}"; done
line=$(printf 'to start %.1f s | ready after start:' "$(echo "$starting - $t0" | bc)")
for p in "${ports[@]}"; do m=${p%:*}; line+=$(printf ' %s %.1f' "${m%-service}" "$(echo "${ready[$m]:-0} - $starting" | bc)"); done
printf '%s | running %.1f s after start | GET /api/funding/calls %s | stop %.1f s | left on ports:%s | load %s | log %s\n' \
  "$line" "$(echo "$running - $starting" | bc)" "$answer" "$(echo "$s1 - $s0" | bc)" "${left:- none}" "$(cut -d' ' -f1-3 /proc/loadavg)" "$out"
