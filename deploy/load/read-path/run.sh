#!/usr/bin/env bash
# Read paths against the database's own speed (issue 20, targets 1 and 2), one command, bounded.
#
# In one run, on the same PostgreSQL server:
#   reference: pgbench -S (select-only, one primary-key SELECT per transaction) on a scratch database
#              pgbench_readpath (initialised here, scale 10), same connection count as wrk;
#   then, on funding-service's fast-jar started here against its own fresh database funding_readpath
#   (created like deploy/load/gateway's UPSTREAM=funding does; data created through the API):
#     call         GET /api/funding/calls/{id}            anonymous, one OPEN call
#     application  GET /api/funding/applications/{id}     with its owning startup's token
#     open-calls   GET /api/funding/calls                 anonymous, the first page of OPEN calls
# Tokens are signed with a key pair generated for the run (openssl); funding trusts its JWKS through
# the same mp.jwt.verify.* settings it uses for identity's (as test-kit's TrustTestTokens does).
#
# Each round measures pgbench, then every endpoint for DURATION seconds with wrk -t2 -c16 (after one
# WARMUP per endpoint before the first round); the table gives the median of ROUNDS rounds and the
# ratio to pgbench's TPS of the same round. Also: funding's start-to-ready time (launch to the first
# 200 of /q/health/ready, and the "started in" Quarkus logs), its RSS (VmRSS) after the load and its
# peak (VmHWM), its CPU time per request and the database transactions per request.
#
# JVM options: FUNDING_JAVA_OPTS if set, else the default of deploy/local/run.sh (DEFAULT_JAVA_OPTS, and
# TRIM_JAVA_OPTS when this java has them), which is what the run command gives every service.
#
# Usage: deploy/load/read-path/run.sh   (env: WARMUP=30 DURATION=10 ROUNDS=3 CONNECTIONS=16 THREADS=2
#        FUNDING_JAVA_OPTS="..." PROFILE=<path of async-profiler's libasyncProfiler.so>: a collapsed profile of funding
#        per endpoint over the second half of its warm-up, in the work directory). Needs wrk, pgbench, psql, openssl, python3, curl, java; installs
#        nothing (builds funding's fast-jar if it is missing). Bounded: about 40 s of setup, 3 x WARMUP,
#        then ROUNDS x (4 x DURATION + 10 s): about 4.5 minutes with the defaults.
set -euo pipefail

WARMUP=${WARMUP:-30}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="${FUNDING_APP:-$root/funding-service/target/quarkus-app}"   # FUNDING_APP: another build, to compare

missing=()
for tool in wrk pgbench psql openssl java python3 curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian: apt-get install wrk postgresql-client openssl curl python3 (and a JDK 17)." >&2
  exit 2
fi
if [ ! -f "$app/quarkus-run.jar" ]; then
  echo "Building funding-service (./mvnw -pl funding-service -am package -DskipTests)..." >&2
  (cd "$root" && ./mvnw -B -q -pl funding-service -am package -DskipTests)
fi
# the run command's, as the other benchmarks read them (in a subshell: this script keeps its own variables)
java_opts=${FUNDING_JAVA_OPTS-$(source "$root/deploy/load/common/suite.sh" && suite_default_java_opts)}

source "$root/deploy/load/gateway/common.sh"   # bench_setup (work directory, cleanup), free_port
bench_setup read-path
source "$root/deploy/local/postgres.sh"
pg_ensure_running
pg_ensure_role portal_test portal_test CREATEDB
for db in funding_readpath pgbench_readpath; do
  pg_admin_psql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  pg_ensure_database "$db" portal_test
done
export PGPASSWORD=portal_test
psql_bench() { psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U portal_test -v ON_ERROR_STOP=1 "$@"; }

echo "Initialising pgbench_readpath (pgbench -i -s 10)..." >&2
pgbench -i -q -s 10 -h "$PG_HOST" -p "$PG_PORT" -U portal_test pgbench_readpath >"$work/pgbench-init.log" 2>&1

# --- a key pair for the run's tokens; funding trusts its JWKS ---------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
python3 "$here/jwks.py" "$work/key.pem" >"$work/jwks.json"
token() { python3 "$here/token.py" "$work/key.pem" "$@"; }
admin=$(token bench-admin ADMIN)
startup=$(token bench-startup-1 STARTUP)

# --- funding-service, timed from launch to ready ----------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
start_ns=$(date +%s%N)
QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/funding_readpath" \
QUARKUS_DATASOURCE_USERNAME=portal_test QUARKUS_DATASOURCE_PASSWORD=portal_test PORTAL_EVENTS_CREDENTIAL=bench-only \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$work/jwks.json" \
MP_JWT_VERIFY_ISSUER=http://localhost:8080/api/identity MP_JWT_VERIFY_AUDIENCES=joint-funding-portal \
  java $java_opts -jar "$app/quarkus-run.jar" >"$work/funding.log" 2>&1 &
funding_pid=$!; pids+=($funding_pid)
for _ in $(seq 1 1200); do
  curl -fs -o /dev/null "$base/q/health/ready" && break
  kill -0 "$funding_pid" 2>/dev/null || { echo "funding-service stopped; its log: $work/funding.log" >&2; tail -20 "$work/funding.log" >&2; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
ready_cpu_ticks=$(awk '{print $14 + $15}' "/proc/$funding_pid/stat")   # CPU spent starting: steadier than wall time on a shared machine
ready_rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$funding_pid/status")
started_in=$(grep -o 'started in [0-9.]*s' "$work/funding.log" | head -1 || true)

# --- data, through the API: two agencies, three OPEN calls, one startup's draft application --------
api() { # method path token [body]
  curl -fsS -X "$1" "$base$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+--data "$4"}
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
api POST /api/funding/agencies "$admin" '{"code":"MY-MDEC","name":"Malaysia Digital Economy Corporation","country":"MY","currency":"MYR"}' >/dev/null
api POST /api/funding/agencies "$admin" '{"code":"IR-INSF","name":"Iran National Science Foundation","country":"IR","currency":"IRR"}' >/dev/null
calls=()
for title in "Malaysia-Iran Digital Health 2027" "Malaysia-Iran Agritech 2027" "Malaysia-Iran Green Fintech 2027"; do
  id=$(api POST /api/funding/calls "$admin" "{\"title\":\"$title\",
      \"description\":\"Joint projects between Malaysian and Iranian startups: platforms, data and services.\",
      \"sectors\":[\"healthtech\",\"agritech\",\"fintech\"],\"opensAt\":\"2026-01-01T00:00:00Z\",\"closesAt\":\"2036-12-31T23:59:59Z\",
      \"funders\":[{\"agency\":\"MY-MDEC\",\"budget\":1000000.00,\"maxRequest\":250000.00},{\"agency\":\"IR-INSF\",\"budget\":1000000.00,\"maxRequest\":250000.00}],
      \"eligibility\":{\"requiredCountries\":[\"MY\",\"IR\"],\"minPartners\":2,\"maxPartners\":4},
      \"criteria\":[{\"name\":\"Excellence\",\"weight\":40.00,\"maxScore\":10,\"threshold\":5},{\"name\":\"Impact\",\"weight\":35.00,\"maxScore\":10,\"threshold\":5},{\"name\":\"Implementation\",\"weight\":25.00,\"maxScore\":10,\"threshold\":5}],
      \"blindReview\":false}" | json '["id"]')
  api POST "/api/funding/calls/$id/open" "$admin" '{}' >/dev/null
  calls+=("$id")
done
application=$(api POST /api/funding/applications "$startup" "{\"callId\":\"${calls[0]}\",\"title\":\"TeleCare: remote diagnostics\",
    \"summary\":\"Remote diagnostics for rural clinics in Malaysia and Iran.\",
    \"partners\":[{\"name\":\"TeleCare Sdn Bhd\",\"country\":\"MY\",\"role\":\"lead\"},{\"name\":\"Salamat Co\",\"country\":\"IR\",\"role\":\"partner\"}],
    \"requestedAmounts\":{\"MY-MDEC\":200000.00,\"IR-INSF\":150000.00},\"answers\":{\"impact\":\"Faster diagnoses for 40 clinics\"},
    \"sector\":\"healthtech\",\"mentoringNeeds\":[\"fundraising\",\"regulation\"],\"languages\":[\"en\",\"ms\"]}" | json '["id"]')

declare -A url=(
  [call]="$base/api/funding/calls/${calls[0]}"
  [application]="$base/api/funding/applications/$application"
  [open-calls]="$base/api/funding/calls"
)
declare -A auth=([call]="" [application]="Authorization: Bearer $startup" [open-calls]="")
endpoints=(call application open-calls)
for e in "${endpoints[@]}"; do
  curl -fsS -o "$work/$e.json" ${auth[$e]:+-H "${auth[$e]}"} "${url[$e]}"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
xacts() { # committed + rolled-back transactions of a database so far (the statistics lag by up to a second)
  psql_bench -d postgres -tAc "select xact_commit + xact_rollback from pg_stat_database where datname = '$1'"
}
run_wrk() { # endpoint seconds -> RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" ${auth[$1]:+-H "${auth[$1]}"} -s "$root/deploy/load/gateway/report.lua" "${url[$1]}" | grep '^RESULT'
}

echo "Warming up: pgbench 5 s, each endpoint ${WARMUP}s..." >&2
pgbench -S -n -c"$CONNECTIONS" -j"$THREADS" -T5 -h "$PG_HOST" -p "$PG_PORT" -U portal_test pgbench_readpath >/dev/null 2>&1
for e in "${endpoints[@]}"; do
  if [ -n "${PROFILE:-}" ]; then # async-profiler over the second half of each endpoint's warm-up
    run_wrk "$e" "$WARMUP" >/dev/null & warm=$!
    sleep $((WARMUP / 2))
    jcmd "$funding_pid" JVMTI.agent_load "$PROFILE" '"start,event=itimer,interval=1ms,threads"' >/dev/null
    wait "$warm"
    jcmd "$funding_pid" JVMTI.agent_load "$PROFILE" "\"stop,file=$work/profile-$e.collapsed,collapsed\"" >/dev/null
  else
    run_wrk "$e" "$WARMUP" >/dev/null
  fi
done

results="$work/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  tps=$(pgbench -S -n -c"$CONNECTIONS" -j"$THREADS" -T"$DURATION" -h "$PG_HOST" -p "$PG_PORT" -U portal_test pgbench_readpath 2>/dev/null \
        | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  echo "pgbench $round tps=$tps" | tee -a "$results" >&2
  for e in "${endpoints[@]}"; do
    sleep 1; x0=$(xacts funding_readpath); c0=$(cpu_ticks "$funding_pid")
    line=$(run_wrk "$e" "$DURATION")
    c1=$(cpu_ticks "$funding_pid"); sleep 1.2; x1=$(xacts funding_readpath)
    echo "$e $round ${line#RESULT } cpu_ticks=$((c1 - c0)) xacts=$((x1 - x0)) tps=$tps" | tee -a "$results" >&2
  done
done
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$funding_pid/status")
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$funding_pid/status")

python3 - "$results" "$(getconf CLK_TCK)" "$ready_ms" "$started_in" "$rss_kb" "$hwm_kb" "$java_opts" "$work" "$ready_cpu_ticks" "$ready_rss_kb" <<'PY'
import os, statistics, sys
path, ticks, ready_ms, started_in, rss_kb, hwm_kb, java_opts, work, ready_cpu, ready_rss = sys.argv[1:11]
rows, tps = {}, {}
for line in open(path):
    name, rnd, *fields = line.split()
    values = {k: float(v) for k, v in (f.split("=") for f in fields)}
    if name == "pgbench":
        tps[int(rnd)] = values["tps"]
    else:
        rows.setdefault(name, []).append(values)
targets = {"call": 0.30, "application": 0.25, "open-calls": 0.15}
paths = {"call": "GET /api/funding/calls/{id} (anonymous)", "application": "GET /api/funding/applications/{id} (startup token)",
         "open-calls": "GET /api/funding/calls (first page, anonymous)"}
print(f"Median of {len(tps)} rounds of {os.environ.get('DURATION', '10')} s, wrk -t{os.environ.get('THREADS', '2')} "
      f"-c{os.environ.get('CONNECTIONS', '16')}; {os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f}.")
print(f"funding JVM options: {java_opts or '(none: the JVM defaults)'}\n")
print(f"| what | req/s (TPS) | ratio to pgbench -S | target | p50 ms | p99 ms | non-2xx | funding CPU µs/request | DB transactions/request (a statement outside a transaction counts as one) | bytes |")
print("|---|---|---|---|---|---|---|---|---|---|")
print(f"| pgbench -S | {statistics.median(tps.values()):.0f} | 1 | | | | | | 1 | |")
for name in ("call", "application", "open-calls"):
    rs = rows[name]
    ratio = statistics.median(r["req_s"] / tps[i + 1] for i, r in enumerate(rs))
    cpu = statistics.median(r["cpu_ticks"] * 1e6 / float(ticks) / r["requests"] for r in rs)
    xpr = statistics.median(r["xacts"] / r["requests"] for r in rs)
    size = os.path.getsize(f"{work}/{name}.json")
    print(f"| {paths[name]} | {statistics.median(r['req_s'] for r in rs):.0f} | {ratio:.3f} | {targets[name]} "
          f"{'met' if ratio >= targets[name] else 'NOT met'} | {statistics.median(r['p50_ms'] for r in rs):.2f} "
          f"| {statistics.median(r['p99_ms'] for r in rs):.2f} | {int(sum(r['non2xx'] for r in rs))} | {cpu:.0f} | {xpr:.2f} | {size} |")
print(f"\nfunding: launch to ready {int(ready_ms) / 1000:.2f} s ({started_in or 'no started-in line'}; {int(ready_cpu) / float(ticks):.1f} s of CPU; RSS when ready {int(ready_rss) / 1024:.0f} MB); "
      f"RSS after the load {int(rss_kb) / 1024:.0f} MB, peak {int(hwm_kb) / 1024:.0f} MB (targets: <= 2.5 s, <= 256 MB)")
PY
echo "Raw results and logs: $work" >&2
