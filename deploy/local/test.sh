#!/usr/bin/env bash
# Runs every test of the suite against the local PostgreSQL and Redis (started if they are down).
# Extra arguments go to Maven, e.g. deploy/local/test.sh -pl funding-service -am
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/postgres.sh
source deploy/local/node.sh

# The gateway's tests share rate limits through a Redis on 127.0.0.1:6379 without a password:
# started here when it is installed and not running (Debian: apt-get install redis-server).
redis_answers() {
  if command -v redis-cli >/dev/null 2>&1; then
    [[ $(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null) == PONG ]]
  else
    (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null
  fi
}
redis_ensure_running() {
  redis_answers && return 0
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "No Redis answers on 127.0.0.1:6379 (the gateway's tests need one)." >&2
    echo "  Debian/Ubuntu: sudo apt-get install redis-server   (then run this command again)" >&2
    return 1
  fi
  echo "Redis is not running; starting it." >&2
  # the machine's own service when we may start it, else a throw-away one as this user (nothing saved)
  local waited sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo -n)
  if "${sudo[@]}" service redis-server start >/dev/null 2>&1; then
    for ((waited = 0; waited < 10; waited++)); do redis_answers && return 0; sleep 0.5; done
  fi
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no >/dev/null
  for ((waited = 0; waited < 20; waited++)); do redis_answers && return 0; sleep 0.5; done
  echo "Redis did not start on 127.0.0.1:6379." >&2
  return 1
}

require_node
pg_ensure_running
redis_ensure_running
# The tests' role: each module's tests create their own database (identity_test, funding_test, ...).
pg_ensure_role portal_test portal_test CREATEDB
pg_check_login portal_test portal_test postgres

exec ./mvnw -B verify "$@"
