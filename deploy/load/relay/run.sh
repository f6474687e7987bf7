#!/usr/bin/env bash
# How fast funding's outbox relay drains a backlog of events into notification-service, against how
# fast notification takes the same events straight (issue 20, target 4: the relay fell behind under the
# user journey). One command, bounded.
#
# Starts identity, funding and notification (deploy/load/common/suite.sh: the run command's wiring and
# JVM options; RELAY_JAVA_OPTS for all three or <SERVICE>_JAVA_OPTS for one), each on a fresh database
# (relay_identity, relay_funding, relay_notification; role portal_test). Then, in the same run:
#   reference  wrk POSTs ApplicationStatusChanged events, each with an id of its own, straight to
#              notification's /internal/events with the events credential (events.lua), CONNECTIONS
#              connections for DURATION s after as long a warm-up: what the receiver takes by itself.
#   drains     for each HISTORY of HISTORIES: that many delivered events are written to funding's
#              outbox first (what a week's retention keeps, which the relay should not have to read),
#              then EVENTS pending ones in one transaction (AGGREGATES applications, each with
#              EVENTS / AGGREGATES status changes, interleaved as they happen); funding's relay, on its
#              own schedule, sends them to notification. Measured from the commit until none is
#              pending (polled every 0.2 s): events/s, its ratio to the reference, and the CPU seconds
#              per 1,000 events of funding (all its replicas), notification and PostgreSQL (this run's
#              backends), each funding replica's share of the deliveries (its
#              portal_outbox_deliveries_total), and how many deliveries notification received twice
#              (its "already handled").
#   outage     (OUTAGE > 0, after the drains, with the last count of replicas) what the relays cost while a
#              receiver is down: OUTAGE pending events, AGGREGATES lanes whose first event waits for its
#              retry (5 failed attempts, next one in an hour) and holds back the rest, as an outage leaves
#              them; CPU ms of funding (all replicas) and of PostgreSQL per 2 s poll over OUTAGE_SECONDS,
#              against the same span with nothing pending.
#   replicas   the drains are run once for each count of REPLICAS: funding@2, @3... start beside the
#              first on the same database, as Kubernetes runs funding (2 to 4 replicas), and every
#              replica's relay claims events (SKIP LOCKED, with a lease).
#
# Usage:  deploy/load/relay/run.sh
# Settings (environment): EVENTS=20000 AGGREGATES=5000 HISTORIES="0 200000" REPLICAS="1 2" CONNECTIONS=8 DURATION=15
#   OUTAGE=0 (pending events in the outage measurement; 0 skips it) OUTAGE_SECONDS=60
#   TIMEOUT=600 (the longest a drain may take); RELAY_JAVA_OPTS, IDENTITY_/FUNDING_/NOTIFICATION_JAVA_OPTS;
#   PGHOST/PGPORT/PORTAL_DB_ADMIN_URL (deploy/local/postgres.sh).
# Needs java 17+, wrk, psql, curl, python3; builds the fast-jars (./mvnw package, no install) only if
# one is missing. About 5-9 minutes on this 2-core machine with the defaults.
# Output: Markdown on stdout; the logs in the printed work directory.
set -euo pipefail

export EVENTS=${EVENTS:-20000} AGGREGATES=${AGGREGATES:-5000} HISTORIES=${HISTORIES:-"0 200000"}
export OUTAGE=${OUTAGE:-0} OUTAGE_SECONDS=${OUTAGE_SECONDS:-60}
export REPLICAS=${REPLICAS:-"1 2"} CONNECTIONS=${CONNECTIONS:-8} DURATION=${DURATION:-15} TIMEOUT=${TIMEOUT:-600}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"

suite_require java wrk psql curl python3 getconf
suite_ensure_jars "Building the fast-jars (./mvnw package -DskipTests -Dquinoa.disable=true)..." -DskipTests -Dquinoa.disable=true
services=(identity funding notification)
for service in "${services[@]}"; do suite_opts[$service]=$(suite_java_opts "$service" RELAY_JAVA_OPTS); done

suite_setup relay
suite_databases relay
suite_ports
for service in "${services[@]}"; do suite_launch "$service" "$work/$service.log" suite_settings; done
echo "Starting identity, funding and notification (logs: $work/<service>.log)..." >&2
for service in "${services[@]}"; do suite_await_ready "$service" 180; done

echo "Run $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for service in "${services[@]}"; do echo "$service: JVM options ${suite_opts[$service]:-none, the JVM defaults}"; done
echo

funding_sql() { pg_admin_psql -d relay_funding -tA "$@"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, in clock ticks
replicas_up=(funding)   # funding, funding@2, ...
funding_ticks() { local r total=0; for r in "${replicas_up[@]}"; do total=$(( total + $(ticks "${pid[$r]}") )); done; echo "$total"; }
replica_deliveries() { # each replica's count of delivered events, from its /q/metrics
  local r
  for r in "${replicas_up[@]}"; do
    curl -fs "$(url "$r")/q/metrics" | awk '/^portal_outbox_deliveries_total\{.*outcome="delivered"/ {n += $NF} END {printf "%d\n", n}'
  done | paste -sd' '
}
replica_settings() { suite_settings funding; echo "QUARKUS_HTTP_PORT=${port[$1]}"; }   # the last port line wins
add_replica() { # its number
  local name=funding@$1
  port[$name]=$(free_port) suite_opts[$name]=${suite_opts[funding]}
  suite_launch "$name" "$work/$name.log" replica_settings
  suite_await_ready "$name" 180
  replicas_up+=("$name")
}
redeliveries() { grep -c 'already handled; ignoring the redelivery' "$work/notification.log" || true; }
postgres_ticks() { # this run's backends
  local p total=0
  for p in $(pg_admin_psql -tA -c "SELECT pid FROM pg_stat_activity WHERE datname LIKE 'relay\_%'"); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(ticks "$p") ))
  done
  echo "$total"
}
clk=$(getconf CLK_TCK)

echo "Reference: notification takes events straight (wrk, $CONNECTIONS connections, ${DURATION} s after a ${DURATION} s warm-up)..." >&2
export RELAY_CREDENTIAL=$suite_credential
target="$(url notification)/internal/events"
RELAY_RUN=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n') wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$here/events.lua" "$target" >"$work/warmup.txt" 2>&1
RELAY_RUN=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n') wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$here/events.lua" "$target" >"$work/reference.txt" 2>&1
reference=$(awk '/^Requests\/sec/ {print $2}' "$work/reference.txt")
refused=$(awk '/^non-2xx/ {print $2}' "$work/reference.txt")
[ "${refused:-0}" = 0 ] || { echo "notification refused $refused of the reference's events; see $work/reference.txt" >&2; exit 1; }

echo "| funding replicas | delivered events already in the outbox | pending events | drained in | events/s | ratio to the reference ($reference events/s) | CPU s per 1,000 events: funding / notification / PostgreSQL | delivered by each replica, % | received twice |"
echo "|---|---|---|---|---|---|---|---|---|"
for replicas in $REPLICAS; do
 while (( ${#replicas_up[@]} < replicas )); do
  echo "Starting funding@$(( ${#replicas_up[@]} + 1 )) on the same database..." >&2
  add_replica $(( ${#replicas_up[@]} + 1 ))
 done
 for history in $HISTORIES; do
  echo "Drain: $replicas funding replica(s), $history delivered events first, then $EVENTS pending..." >&2
  funding_sql -c "TRUNCATE outbox_event" -c "
    INSERT INTO outbox_event (id, destination, aggregate_id, type, payload, occurred_at, status, next_attempt_at, delivered_at)
    SELECT gen_random_uuid(), 'notifications', gen_random_uuid()::text, 'ApplicationStatusChanged', repeat('x', 600),
           now() - interval '1 day', 'DELIVERED', now() - interval '1 day', now() - interval '1 day'
    FROM generate_series(1, $history)" -c "ANALYZE outbox_event" >/dev/null
  before_funding=$(funding_ticks) before_replicas=$(replica_deliveries) before_twice=$(redeliveries) before_notification=$(ticks "${pid[notification]}") before_pg=$(postgres_ticks)
  funding_sql -c "
    INSERT INTO outbox_event (id, destination, aggregate_id, type, payload, occurred_at, status, next_attempt_at)
    SELECT e.id, 'notifications', a.app::text, 'ApplicationStatusChanged',
           json_build_object('id', e.id, 'type', 'ApplicationStatusChanged', 'aggregateId', a.app, 'occurredAt', now(),
             'data', json_build_object('applicationId', a.app, 'applicationTitle', 'Relay benchmark ' || a.n,
               'callId', a.app, 'callTitle', 'Relay benchmark call', 'ownerId', a.owner, 'members', json_build_array(a.owner),
               'from', 'DRAFT', 'to', 'SUBMITTED', 'actor', a.owner, 'reason', null, 'facts', null))::text,
           now(), 'PENDING', now()
    FROM (SELECT n, gen_random_uuid() AS app, gen_random_uuid() AS owner FROM generate_series(1, $AGGREGATES) n) a,
         -- WHERE a.n > 0 ties the subquery to each application, so its ids are drawn anew for each
         LATERAL (SELECT gen_random_uuid() AS id, k FROM generate_series(1, $EVENTS / $AGGREGATES) k WHERE a.n > 0) e
    ORDER BY e.k, a.n" >/dev/null
  started=$(date +%s%N)
  while pending=$(funding_sql -c "SELECT count(*) FROM outbox_event WHERE status = 'PENDING'") && [ "$pending" != 0 ]; do
    (( ($(date +%s%N) - started) / 1000000000 < TIMEOUT )) || { echo "Still $pending pending after $TIMEOUT s" >&2; break; }
    sleep 0.2
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  delivered=$(funding_sql -c "SELECT count(*) FROM outbox_event WHERE status = 'DELIVERED' AND delivered_at > now() - interval '1 hour'")
  awk -v r="$replicas" -v h="$history" -v e="$delivered" -v p="$pending" -v ms="$ms" -v ref="$reference" -v clk="$clk" \
      -v f=$(( $(funding_ticks) - before_funding )) -v n=$(( $(ticks "${pid[notification]}") - before_notification )) \
      -v pg=$(( $(postgres_ticks) - before_pg )) -v twice=$(( $(redeliveries) - before_twice )) \
      -v before="$before_replicas" -v after="$(replica_deliveries)" 'BEGIN {
    r_n = split(before, b, " "); split(after, a, " "); shares = ""
    for (i = 1; i <= r_n; i++) shares = shares (i > 1 ? " / " : "") sprintf("%.0f", e > 0 ? (a[i] - b[i]) / e * 100 : 0)
    rate = e / (ms / 1000)
    cpu = e > 0 ? sprintf("%.2f / %.2f / %.2f", f / clk / e * 1000, n / clk / e * 1000, pg / clk / e * 1000) : "none delivered"
    printf "| %d | %\047d | %\047d delivered%s | %.1f s | %\047.0f | %.2f | %s | %s | %d |\n", r, h, e,
      (p > 0 ? sprintf(", %d still pending", p) : ""), ms / 1000, rate, rate / ref, cpu, shares, twice }'
 done
done

if (( OUTAGE > 0 )); then
  poll_cost() { # label: funding's and PostgreSQL's CPU ms per 2 s poll over OUTAGE_SECONDS
    local f=$(funding_ticks) pg=$(postgres_ticks)
    sleep "$OUTAGE_SECONDS"
    awk -v l="$1" -v f=$(( $(funding_ticks) - f )) -v pg=$(( $(postgres_ticks) - pg )) -v clk="$clk" -v s="$OUTAGE_SECONDS" \
      -v r="${#replicas_up[@]}" 'BEGIN { polls = s / 2 * r
      printf "| %s | %d | %.1f | %.1f |\n", l, r, f / clk * 1000 / polls, pg / clk * 1000 / polls }'
  }
  echo "Outage: nothing pending, then $OUTAGE pending events none of which may be sent, ${OUTAGE_SECONDS} s each..." >&2
  echo
  echo "| outbox while a receiver is down | funding replicas | funding CPU ms per poll | PostgreSQL CPU ms per poll |"
  echo "|---|---|---|---|"
  funding_sql -c "TRUNCATE outbox_event" >/dev/null
  poll_cost "nothing pending"
  funding_sql -c "
    INSERT INTO outbox_event (id, destination, aggregate_id, type, payload, occurred_at, status, next_attempt_at, attempts, last_error)
    SELECT gen_random_uuid(), 'notifications', 'outage-' || (n % $AGGREGATES), 'ApplicationStatusChanged', repeat('x', 600),
           now(), 'PENDING', CASE WHEN n <= $AGGREGATES THEN now() + interval '1 hour' ELSE now() END,
           CASE WHEN n <= $AGGREGATES THEN 5 ELSE 0 END, CASE WHEN n <= $AGGREGATES THEN 'HTTP 503' END
    FROM generate_series(1, $OUTAGE) n" -c "ANALYZE outbox_event" >/dev/null
  poll_cost "$OUTAGE pending, $AGGREGATES lanes held back"
  funding_sql -c "TRUNCATE outbox_event" >/dev/null
fi
echo
echo "Reference: $reference events/s at $CONNECTIONS connections, p99 $(awk '$1 == "99%" {print $2}' "$work/reference.txt")." \
  "funding's statements cancelled by the statement timeout: $(cat "$work"/funding*.log | grep -c 'canceling statement due to statement timeout' || true). Logs: $work"
