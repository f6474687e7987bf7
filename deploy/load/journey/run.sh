#!/usr/bin/env bash
# A user journey under load (issue 20, target 4), one command, bounded.
#
# Starts the five packaged processes (identity, funding, mentorship, notification, gateway) on free
# ports, each service on its own fresh database (journey_identity, journey_funding, journey_mentorship,
# journey_notification; role portal_test, as deploy/load/read-path does), wired as deploy/local/run.sh
# and deploy/e2e's RunningSuite wire them (events credential, JWKS URLs, notification with e-mail off;
# deploy/load/common/suite.sh, shared with deploy/load/processes), with the JVM options of the run
# command (read from deploy/local/run.sh: DEFAULT_JAVA_OPTS, and QUICK_JIT_OPTS for its QUICK_JIT_MODULES)
# unless JOURNEY_JAVA_OPTS is set. The gateway keeps its production rate limits and trusts X-Forwarded-For
# from 127.0.0.1 only (QUARKUS_HTTP_PROXY_*), so every simulated startup comes from its own address
# (10.x.y.z) and the per-address limits apply per user, as with real users behind a load balancer:
# any 429 is a designed one.
#
# Then, in one JVM, Driver.java (java.net.http, no libraries; java's source launcher). Java rather
# than Python: real threads for up to 40 concurrent clients without a GIL, pooled keep-alive
# connections, and about 5 ms of CPU per journey, so the load generator takes little of the 2 cores
# it shares with the portal (its own CPU is reported too):
#   setup, through the gateway: the bootstrap ADMIN signs in, creates two agencies (MY-MDEC, IR-INSF),
#     grants AGENCY_ADMIN to one officer of each and REVIEWER to one MDEC reviewer; MDEC's officer
#     creates JOURNEY_CALLS open calls for the journeys and ceil(JOURNEY_CALLS/AWARD_EVERY) calls
#     that INSF confirms, the startups apply to and submit, and MDEC then closes and puts under
#     evaluation (their applications are what the officers award during the load); ACCOUNTS startups
#     register, each from its own address (Argon2: the slow part, SETUP_THREADS at a time).
#   the journey, repeated by each of C concurrent startups (closed loop), each journey by the next
#     startup account (account k mod ACCOUNTS, call k / ACCOUNTS: an account applies once per call):
#       sign-in  POST /api/identity/login
#       create   POST /api/funding/applications            (the body of deploy/e2e's JointCall.application())
#       upload   POST /api/funding/applications/{id}/attachments?fileName=business-plan.pdf  (a 1 KB PDF)
#       submit   POST /api/funding/applications/{id}/submit
#   the agencies' side, one award per AWARD_EVERY submitted applications, by ceil(C/AWARD_EVERY)
#     officer sessions working off a queue, on the applications under evaluation:
#       assign-review (MDEC officer), score-review (the reviewer), approve-MY (MDEC officer),
#       approve-IR (INSF officer: the application is then AWARDED, and mentorship gets the event).
#   A journey stops at its first non-2xx; after a 429 or 503 that client waits Retry-After (at most
#   5 s) before its next journey. The officers sign in again before each level (tokens live 15 min),
#   outside the measured window. A step counts in a level if it started within the window.
#   A warm-up of WARMUP s at C=WARMUP_CONCURRENCY, then each C of LEVELS for DURATION s. Per level:
#   journeys/min, awards/min, p50/p95/p99 of every step (at the client), non-2xx by step and status
#   (429 apart: designed), CPU seconds per journey of each of the five processes, of PostgreSQL (the
#   backends of this run's databases) and of the driver, from /proc, and the machine's busy time
#   and load average. The knee: the highest C where every step's p95 <= 500 ms. At the end: each publisher's
#   events delivered and still pending (its outbox), those notification received, and statements cancelled.
# Reference, measured in the same run before the load: Argon2Reference.java, identity's password
# check (libargon2's Argon2id through argon2-jvm, identity's parameters) alone in a JVM with identity's JVM options: its CPU per verification and
# verifications/s on all cores, the ceiling of sign-ins on this machine.
#
# Usage:  deploy/load/journey/run.sh
# Settings (environment): LEVELS="1 2 4 8 16 32" DURATION=60 WARMUP=60 WARMUP_CONCURRENCY=4
#   ACCOUNTS=250 JOURNEY_CALLS=48 AWARD_EVERY=4 SETUP_THREADS=4 PAUSE=5;
#   JOURNEY_JAVA_OPTS="..." (all five) or IDENTITY_JAVA_OPTS, FUNDING_JAVA_OPTS, MENTORSHIP_JAVA_OPTS,
#   NOTIFICATION_JAVA_OPTS, GATEWAY_JAVA_OPTS (one process; set but empty: the JVM's defaults);
#   every process also gets -Xlog:gc:file=<work>/<service>-gc.log (one line per collection; summed at the end);
#   PGHOST/PGPORT/PORTAL_DB_ADMIN_URL (deploy/local/postgres.sh).
# Needs java 17+, psql, curl, python3 (free ports); installs nothing; builds the five fast-jars
# (./mvnw package, no install) only if one is missing. Bounded: about 1 min to start the processes,
# 1.5-4 min of setup (ACCOUNTS x 2 Argon2 hashes, ACCOUNTS x JOURNEY_CALLS / AWARD_EVERY applications), 20 s of reference, WARMUP, then each level
# DURATION + PAUSE + the journeys in flight (a few seconds; at most 90 s): 10-13 min with the
# defaults on this 2-core machine, depending on what else runs on it (plus the wait for the lock).
# ACCOUNTS x JOURNEY_CALLS (12,000; about 1,200 journeys a minute here from C=2 up) bounds the journeys;
# a level that runs out says so and is the last.
# Output: the Markdown tables on stdout; the logs, the PDF and report.md in the printed work directory.
set -euo pipefail

export LEVELS=${LEVELS:-"1 2 4 8 16 32"} DURATION=${DURATION:-60} WARMUP=${WARMUP:-60}
export WARMUP_CONCURRENCY=${WARMUP_CONCURRENCY:-4} ACCOUNTS=${ACCOUNTS:-250} JOURNEY_CALLS=${JOURNEY_CALLS:-48}
export AWARD_EVERY=${AWARD_EVERY:-4} SETUP_THREADS=${SETUP_THREADS:-4} PAUSE=${PAUSE:-5}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"   # the five processes, wired as deploy/local/run.sh wires them

suite_require java psql curl python3 getconf
suite_ensure_jars "Building the five fast-jars (./mvnw package -DskipTests -Dquinoa.disable=true)..." -DskipTests -Dquinoa.disable=true
for service in "${suite_services[@]}"; do suite_opts[$service]=$(suite_java_opts "$service" JOURNEY_JAVA_OPTS); done
java_opts=${JOURNEY_JAVA_OPTS-$(suite_default_java_opts)}   # every process's, unless it has its own

suite_setup journey
echo "Run $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$work/header.txt"
echo "JVM options of the five processes: ${java_opts:-none, the JVM defaults}" | tee -a "$work/header.txt"
for service in "${suite_services[@]}"; do
  [ "${suite_opts[$service]}" = "$java_opts" ] || echo "$service: JVM options ${suite_opts[$service]:-none, the JVM defaults}" | tee -a "$work/header.txt"
done

suite_databases journey
suite_ports
settings() { # the run command's wiring; the gateway trusts X-Forwarded-For from 127.0.0.1 (one address per startup)
  suite_settings "$1"
  if [ "$1" = gateway ]; then
    echo "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true"
    echo "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true"
    echo "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1"
  fi
}
launched=$(date +%s%N)
for service in "${suite_services[@]}"; do
  suite_launch "$service" "$work/$service.log" settings -Xlog:gc:file="$work/$service-gc.log"
done
echo "Starting the five processes (logs: $work/<service>.log)..." >&2
for service in "${suite_services[@]}"; do suite_await_ready "$service" 180; done   # the gateway is ready once all are
ready_s=$(( ($(date +%s%N) - launched) / 1000000 ))
echo "All five ready $(awk -v ms="$ready_s" 'BEGIN {printf "%.1f", ms / 1000}') s after launch (started together); load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/header.txt"

echo "Reference: Argon2id verification alone (Argon2Reference.java, 2 x 5 s)..." >&2
lib="$root/identity-service/target/quarkus-app/lib/main"
reference=$(java ${suite_opts[identity]} -cp "$(ls "$lib"/de.mkammerer.argon2-jvm-*.jar "$lib"/net.java.dev.jna.jna-*.jar | paste -sd:)" \
  "$here/Argon2Reference.java" 5 2>"$work/reference.log")
eval "export $(echo "$reference" | tr '\n' ' ')"   # REF_ARGON2_CPU_MS, REF_ARGON2_PER_S
tee -a "$work/header.txt" <"$work/reference.log"

export JOURNEY_GATEWAY="$(url gateway)" JOURNEY_WORK="$work" CLK_TCK="$(getconf CLK_TCK)"
export JOURNEY_ADMIN_EMAIL="$suite_admin_email" JOURNEY_ADMIN_PASSWORD="$suite_admin_password"
export JOURNEY_PIDS="gateway=${pid[gateway]},identity=${pid[identity]},funding=${pid[funding]},mentorship=${pid[mentorship]},notification=${pid[notification]}"
java -XX:+UseSerialGC -Xmx256m "$here/Driver.java" | tee "$work/driver.out"

echo
{
  for service in gateway identity funding mentorship notification; do
    awk -v s="$service" '/^VmRSS/ {rss = $2} /^VmHWM/ {hwm = $2} END {printf "%s RSS %d MB (peak %d MB); ", s, rss / 1024, hwm / 1024}' "/proc/${pid[$service]}/status"
  done
  echo
  for service in gateway identity funding mentorship notification; do  # whole run, setup included (-Xlog:gc)
    awk -v s="$service" '/Pause/ {ms = $NF; sub(/ms$/, "", ms); if (/Pause Full/) {full++; fullms += ms} else {young++; youngms += ms}}
      END {printf "%s GC: %d young pauses (%.0f ms), %d full (%.0f ms); ", s, young, youngms, full, fullms}' "$work/$service-gc.log"
  done
  echo
  for service in identity funding mentorship; do  # the event relays: what each publisher still owed at the end
    pg_admin_psql -d "journey_$service" -tA -F' ' -c "SELECT count(*) FILTER (WHERE status = 'DELIVERED'), count(*) FILTER (WHERE status = 'PENDING'),
        coalesce(extract(epoch FROM max(now() - occurred_at) FILTER (WHERE status = 'PENDING'))::int, 0) FROM outbox_event" |
      awk -v s="$service" '{printf "%s events: %d delivered, %d pending at the end (the oldest %d s); ", s, $1, $2, $3}'
  done
  echo "notification received $(pg_admin_psql -d journey_notification -tA -c 'SELECT count(*) FROM processed_event') events;" \
    "statements cancelled by the 30 s timeout: $(cat "$work"/*.log | grep -c 'canceling statement due to statement timeout' || true)"
} | tee -a "$work/header.txt"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/header.txt"
echo "Raw output, logs and report.md: $work" >&2
