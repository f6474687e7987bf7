#!/usr/bin/env bash
# Gateway overhead benchmark: one read endpoint (GET /api/funding/calls, 591-byte JSON) called
#   direct   -> the bench service itself
#   gateway  -> through the gateway (fast-jar, real config: edge checks, rate limiting, request ids)
#   nginx    -> through Debian's nginx as a plain keep-alive reverse proxy
#   library  -> vertx-http-proxy alone on plain Vert.x (reference: the proxy library's own cost)
#   headers  -> with HEADERS=1: the same library writing the headers the gateway writes on this route,
#               and nothing else (BareProxy.java's "headers" mode): what those header bytes cost on their own
#   undertow -> with UNDERTOW=1: Undertow's reverse proxy alone (reference: another JVM proxy library,
#               on XNIO instead of Netty; undertow-core is fetched from Maven Central into the run's directory)
#   scg      -> with SCG=1: Spring Cloud Gateway 5.0.4 (Spring Boot 4.0.7, Reactor Netty) set up like the
#               gateway: the same prefix routes, the same edge token check against identity's JWKS (public
#               routes pass, other /api routes need a valid RS256 token), X-Request-Id, forwarded and
#               security headers, CORS; not its rate limits, size limits or metrics, which SCG has no
#               in-memory equivalent of (scg/). Built at run time with the repo's Maven wrapper
#               (scg/target/, git-ignored; the first build fetches about 50 MB from Maven Central, later
#               ones take seconds), started with the gateway's Java and GATEWAY_JAVA_OPTS. Opt-in like
#               UNDERTOW=1: it needs Maven Central once and adds a route's worth of time to the run.
# Every route is warmed by WARMUP_REQUESTS requests at 32 connections (a number of requests, not of
# seconds: JIT compilation follows the calls made, so a slow route gets as much warm-up as a fast one;
# WARMUP_REQUESTS=0 warms for WARMUP seconds instead), then RUNS rounds at 8 and 32 connections,
# interleaved route by route (each run starting one route later) so machine noise and the JVMs' late
# compilation hit all routes alike; the median of the rounds is reported.
# Each run also reads the CPU time (user + system, from /proc) that the route's process spent per
# request: the service's when called directly, the proxy's otherwise. On shared cores it is steadier
# than requests/s, and it says what a proxy costs whatever else runs beside it. For the JVM
# proxies it is also split by thread: event loops (the work per request), JIT compilers and GC.
# With SCG=1 the report ends with the issue's targets for the gateway against Spring Cloud Gateway:
# gateway/scg req/s >= 1.3, gateway/scg CPU per request <= 0.75, gateway/library CPU per request
# <= 1.15, p99 added by the gateway at 8 connections <= 1 ms, zero non-2xx (met or not, per connection count).
# Loopback only. Installs nothing (UNDERTOW=1 and SCG=1 fetch from Maven Central through Maven).
# Bounded: about routes x (warm-up + 2 x RUNS x DURATION) seconds, a warm-up lasting at most WARMUP_MAX seconds.
#
# Usage: deploy/load/gateway/run.sh            (env: WARMUP_REQUESTS=100000 WARMUP_MAX=600 DURATION=10 RUNS=3
#        CONNECTIONS="8 32"; GATEWAY_JAVA=<java binary> and GATEWAY_JAVA_OPTS="-Xmx256m ..." to try another
#        JVM for the gateway, and for Spring Cloud Gateway with SCG=1; GATEWAY_APP=<a copy of gateway/target/quarkus-app>
#        to measure another build of the gateway)
#        UPSTREAM=funding deploy/load/gateway/run.sh
#        UNDERTOW=1 deploy/load/gateway/run.sh     (adds the undertow route; combines with UPSTREAM)
#        SCG=1 deploy/load/gateway/run.sh          (adds the scg route; combines with UPSTREAM and UNDERTOW)
#        HEADERS=1 deploy/load/gateway/run.sh      (adds the headers route; combines with the others)
#   UPSTREAM=trivial (default): a fixed 591-byte JSON from a bare Vert.x server (BenchUpstream.java),
#     so the proxies' own cost dominates every ratio;
#   UPSTREAM=funding: the real funding-service fast-jar and its public read endpoint
#     GET /api/funding/calls (paged query on its own database funding_bench, created like test.sh
#     does, holding the three OPEN calls of funding-calls.sql: about 2.6 kB of JSON per answer).
set -euo pipefail

WARMUP_REQUESTS=${WARMUP_REQUESTS:-100000}
WARMUP=${WARMUP:-20}
WARMUP_MAX=${WARMUP_MAX:-600}
DURATION=${DURATION:-10}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-"8 32"}
THREADS=${THREADS:-2}
export UPSTREAM=${UPSTREAM:-trivial}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="${GATEWAY_APP:-$root/gateway/target/quarkus-app}"

missing=()
for tool in wrk nginx java python3 curl $([ "$UPSTREAM" = funding ] && echo psql); do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian: apt-get install wrk nginx (java 17, python3, curl and, for UPSTREAM=funding, postgresql-client are needed too)." >&2
  exit 2
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
source "$here/common.sh"
bench_setup gateway-bench
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"

wait_for() { # url, seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "Timed out waiting for $1 (logs in $work)" >&2; exit 1
}

upstream_port=$(free_port); gateway_port=$(free_port); nginx_port=$(free_port); library_port=$(free_port)
undertow_port=$(free_port); scg_port=$(free_port); headers_port=$(free_port)

# --- the service ------------------------------------------------------------------------------
cp="$(ls "$app"/lib/main/io.vertx.vertx-core-*.jar "$app"/lib/main/io.netty.*.jar \
        "$app"/lib/main/com.fasterxml.jackson.core.jackson-core-*.jar | paste -sd:)"
case "$UPSTREAM" in
  trivial)
    java -Xmx256m -cp "$cp" "$here/BenchUpstream.java" "$upstream_port" >"$work/upstream.log" 2>&1 &
    pids+=($!); service_pid=$! ;;
  funding)
    funding_app="$root/funding-service/target/quarkus-app"
    [ -f "$funding_app/quarkus-run.jar" ] || (cd "$root" && ./mvnw -B -q -pl funding-service -am package -DskipTests)
    source "$root/deploy/local/postgres.sh"
    pg_ensure_running
    pg_ensure_role portal_test portal_test CREATEDB
    pg_ensure_database funding_bench portal_test
    QUARKUS_HTTP_PORT="$upstream_port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/funding_bench" \
    QUARKUS_DATASOURCE_USERNAME=portal_test QUARKUS_DATASOURCE_PASSWORD=portal_test PORTAL_EVENTS_CREDENTIAL=bench-only \
      java -Xmx256m -jar "$funding_app/quarkus-run.jar" >"$work/upstream.log" 2>&1 &
    pids+=($!); service_pid=$! ;;
  *) echo "UPSTREAM must be trivial or funding" >&2; exit 2 ;;
esac

# --- the gateway: every upstream points at the bench service; limits high enough to never trigger
GATEWAY_UPSTREAMS_IDENTITY_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_UPSTREAMS_FUNDING_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_UPSTREAMS_MENTORSHIP_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS=1000000000 \
QUARKUS_HTTP_PORT="$gateway_port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  "${GATEWAY_JAVA:-java}" ${GATEWAY_JAVA_OPTS:--Xmx256m} -jar "$app/quarkus-run.jar" >"$work/gateway.log" 2>&1 &
pids+=($!); gateway_pid=$!

# --- the proxy library alone, same jars as the gateway -----------------------------------------
library_cp="$cp:$(ls "$app"/lib/main/io.vertx.vertx-http-proxy-*.jar | paste -sd:)"
java -Xmx256m -cp "$library_cp" "$here/BareProxy.java" "$library_port" "$upstream_port" "$(nproc)" \
  >"$work/library.log" 2>&1 &
pids+=($!); library_pid=$!
if [ "${HEADERS:-0}" = 1 ]; then
  java -Xmx256m -cp "$library_cp" "$here/BareProxy.java" "$headers_port" "$upstream_port" "$(nproc)" headers \
    >"$work/headers.log" 2>&1 &
  pids+=($!); headers_pid=$!
fi

# --- optionally, another JVM proxy library alone: Undertow's ---------------------------------------
if [ "${UNDERTOW:-0}" = 1 ]; then
  cat >"$work/undertow-pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>undertow-reference</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.undertow</groupId><artifactId>undertow-core</artifactId><version>2.4.4.Final</version></dependency>
  </dependencies>
</project>
POM
  "$root/mvnw" -B -q -f "$work/undertow-pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/undertow-lib"
  java -Xmx256m -cp "$work/undertow-lib/*" "$here/UndertowProxy.java" "$undertow_port" "$upstream_port" "$(nproc)" \
    >"$work/undertow.log" 2>&1 &
  pids+=($!); undertow_pid=$!
fi

# --- optionally, Spring Cloud Gateway set up like the gateway (scg/): same upstreams, same JVM and options
if [ "${SCG:-0}" = 1 ]; then
  build_scg
  GATEWAY_UPSTREAMS_IDENTITY_URL="http://127.0.0.1:$upstream_port" \
  GATEWAY_UPSTREAMS_FUNDING_URL="http://127.0.0.1:$upstream_port" \
  GATEWAY_UPSTREAMS_MENTORSHIP_URL="http://127.0.0.1:$upstream_port" \
  SERVER_PORT="$scg_port" \
    "${GATEWAY_JAVA:-java}" ${GATEWAY_JAVA_OPTS:--Xmx256m} -jar "$here/scg/target/scg-peer.jar" >"$work/scg.log" 2>&1 &
  pids+=($!); scg_pid=$!
fi

# --- nginx as a plain keep-alive reverse proxy ---------------------------------------------------
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  upstream service { server 127.0.0.1:$upstream_port; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
"$nginx_bin" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" >"$work/nginx.log" 2>&1 &
pids+=($!); nginx_pid=$!

path=/api/funding/calls
declare -A url=(
  [direct]="http://127.0.0.1:$upstream_port$path"
  [gateway]="http://127.0.0.1:$gateway_port$path"
  [nginx]="http://127.0.0.1:$nginx_port$path"
  [library]="http://127.0.0.1:$library_port$path"
  [undertow]="http://127.0.0.1:$undertow_port$path"
  [scg]="http://127.0.0.1:$scg_port$path"
  [headers]="http://127.0.0.1:$headers_port$path"
)
routes=(direct gateway nginx library)
# whose CPU time a route costs: the service itself when called directly, else the proxy in front
declare -A cpu_pid=([direct]=$service_pid [gateway]=$gateway_pid [nginx]=$nginx_pid [library]=$library_pid)
if [ "${UNDERTOW:-0}" = 1 ]; then routes+=(undertow); cpu_pid[undertow]=$undertow_pid; fi
if [ "${SCG:-0}" = 1 ]; then routes+=(scg); cpu_pid[scg]=$scg_pid; fi
if [ "${HEADERS:-0}" = 1 ]; then routes+=(headers); cpu_pid[headers]=$headers_pid; fi
jvm_proxies=" gateway library undertow scg headers "
cpu_ticks() { # user + system clock ticks of a process and its children (nginx's workers)
  local total=0 pid fields
  for pid in "$1" $(pgrep -P "$1" || true); do
    fields=($(cut -d' ' -f14,15 "/proc/$pid/stat" 2>/dev/null || echo "0 0"))
    total=$(( total + fields[0] + fields[1] ))
  done
  echo "$total"
}
jvm_thread_ticks() { # a JVM's user + system clock ticks by thread group, as key=value fields
  python3 - "$1" <<'THREADS'
import glob, re, sys
groups = {"loop": 0, "jit": 0, "gc": 0, "other": 0}
for task in glob.glob(f"/proc/{sys.argv[1]}/task/*"):
    try:
        stat = open(f"{task}/stat").read()
    except OSError:
        continue  # the thread ended between listing and reading
    name = stat[stat.index("(") + 1:stat.rindex(")")]
    fields = stat[stat.rindex(")") + 2:].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    group = ("loop" if name.startswith(("vert.x-eventloo", "reactor-http-")) or re.match(r"XNIO-\d+ I/O", name) else
             "jit" if re.match(r"C[12] CompilerThre", name) else
             "gc" if re.match(r"GC Thread|G1 |VM Thread", name) else "other")
    groups[group] += ticks
print(" ".join(f"{k}={v}" for k, v in groups.items()))
THREADS
}
machine_ticks() { # busy clock ticks of the whole machine: user, nice, system, irq, softirq, steal
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}
for route in "${routes[@]}"; do wait_for "${url[$route]}" 60; done
if [ "${SCG:-0}" = 1 ]; then # the two gateways answer alike: a public route passes, a protected one needs a valid token
  for route in gateway scg; do
    base="${url[$route]%$path}"
    id=$(curl -fs -o /dev/null -D - "$base$path" | tr -d '\r' | awk 'tolower($1) == "x-request-id:" { print $2 }')
    anonymous=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/mentorship/bench-check")
    forged=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer not.a.jwt' "$base/api/mentorship/bench-check")
    if [ -z "$id" ] || [ "$anonymous" != 401 ] || [ "$forged" != 401 ]; then
      echo "$route is not set up like the other gateway: request id '$id', protected route without a token $anonymous, with a malformed one $forged (expected an id, 401, 401; logs in $work)" >&2
      exit 1
    fi
  done
fi
if [ "$UPSTREAM" = funding ]; then
  PGPASSWORD=portal_test psql -h "$PG_HOST" -p "$PG_PORT" -U portal_test -d funding_bench \
    -v ON_ERROR_STOP=1 -q -f "$here/funding-calls.sql"
fi

if [ "$WARMUP_REQUESTS" -gt 0 ]; then
  echo "Warming each route with $WARMUP_REQUESTS requests (at most ${WARMUP_MAX}s each)..." >&2
  for route in "${routes[@]}"; do
    marks="$(mktemp -d "$work/warmup-$route.XXXXXX")"
    wrk -t"$THREADS" -c32 -d"${WARMUP_MAX}s" -s "$here/warmup.lua" "${url[$route]}" \
      -- "$WARMUP_REQUESTS" "$THREADS" "$marks" >"$marks.out" &
    wrk_pid=$!
    # every wrk thread leaves a mark once it has had its share; then wrk is interrupted as Ctrl-C would,
    # again until it has ended (the signal may land on a thread that is exiting, and wrk sleeps on)
    while state=$(cut -d' ' -f3 "/proc/$wrk_pid/stat" 2>/dev/null) && [ "$state" != Z ]; do
      if [ "$(ls "$marks" | wc -l)" -ge "$THREADS" ]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
      sleep 0.2
    done
    wait "$wrk_pid"
    line=$(grep '^WARMUP' "$marks.out")
    echo "$route ${line#WARMUP }" | tee -a "$work/warmup.txt" >&2
  done
  warmup="$WARMUP_REQUESTS requests"
else
  echo "Warming each route for ${WARMUP}s..." >&2
  for route in "${routes[@]}"; do
    wrk -t"$THREADS" -c32 -d"${WARMUP}s" "${url[$route]}" >/dev/null
  done
  warmup="${WARMUP} s"
fi

results="$work/results.txt"
for run in $(seq 1 "$RUNS"); do
  # each run starts one route later: while the JVMs are still compiling, a route measured late in a
  # run finds them warmer, and no route should always come after the same one
  shift_by=$(( (run - 1) % ${#routes[@]} ))
  order=("${routes[@]:shift_by}" "${routes[@]:0:shift_by}")
  for c in $CONNECTIONS; do
    for route in "${order[@]}"; do
      threads_before=""
      if [[ "$jvm_proxies" == *" $route "* ]]; then threads_before=$(jvm_thread_ticks "${cpu_pid[$route]}"); fi
      before=$(cpu_ticks "${cpu_pid[$route]}"); service_before=$(cpu_ticks "$service_pid"); machine_before=$(machine_ticks)
      line=$(wrk -t"$THREADS" -c"$c" -d"${DURATION}s" -s "$here/report.lua" "${url[$route]}" | grep '^RESULT')
      after=$(cpu_ticks "${cpu_pid[$route]}"); service_after=$(cpu_ticks "$service_pid"); machine_after=$(machine_ticks)
      threads=""
      if [ -n "$threads_before" ]; then # the JVM proxies' CPU split: event loops, JIT compilers, GC, the rest
        declare -A start=()
        for kv in $threads_before; do start[${kv%=*}]=${kv#*=}; done
        for kv in $(jvm_thread_ticks "${cpu_pid[$route]}"); do threads+=" ${kv%=*}_ticks=$(( ${kv#*=} - start[${kv%=*}] ))"; done
      fi
      echo "$route $c $run ${line#RESULT } cpu_ticks=$(( after - before )) service_ticks=$(( service_after - service_before )) machine_ticks=$(( machine_after - machine_before ))$threads" | tee -a "$results" >&2
    done
  done
done

python3 - "$results" "$warmup" "$DURATION" "$RUNS" "$(getconf CLK_TCK)" "$load_at_start" <<'PY'
import os, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    route, c, run, *fields = line.split()
    values = dict(f.split("=") for f in fields)
    rows.setdefault((route, int(c)), []).append({k: float(v) for k, v in values.items()})
def med(route, c, key):
    return statistics.median(r[key] for r in rows[(route, c)])
def total(route, c, key):
    return int(sum(r[key] for r in rows[(route, c)]))
warmup, duration, runs, ticks_per_s, load_at_start = sys.argv[2:7]
def cpu_us(route, c, key="cpu_ticks"):  # CPU time per request served, median of the runs
    return statistics.median(r[key] * 1e6 / float(ticks_per_s) / r["requests"] for r in rows[(route, c)])
print(f"Upstream: {os.environ.get('UPSTREAM', 'trivial')}. Median of {runs} runs of {duration} s each, after a warm-up of {warmup} per route; wrk -t2, loopback; "
      f"{os.cpu_count()} CPUs, load average (1, 5, 15 min) at the start {load_at_start}, at the end "
      + " ".join(f"{x:.2f}" for x in os.getloadavg()) + ".\n")
print("| route | connections | req/s | p50 ms | p99 ms | non-2xx (all runs) | socket errors | CPU µs per request (service if direct, else the proxy) | service CPU µs per request | machine CPU µs per request |")
print("|---|---|---|---|---|---|---|---|---|---|")
for c in sorted({c for _, c in rows}):
    for route in (r for r in ("direct", "gateway", "nginx", "library", "headers", "undertow", "scg") if (r, c) in rows):
        print(f"| {route} | {c} | {med(route,c,'req_s'):.0f} | {med(route,c,'p50_ms'):.2f} | {med(route,c,'p99_ms'):.2f} "
              f"| {total(route,c,'non2xx')} | {total(route,c,'socket_errors')} | {cpu_us(route,c):.1f} | {cpu_us(route,c,'service_ticks'):.1f} | {cpu_us(route,c,'machine_ticks'):.0f} |")
print("\n| connections | gateway/nginx req/s | gateway/direct req/s | nginx/direct req/s | library/nginx req/s | gateway/library req/s | p99 added by gateway ms | p99 added by nginx ms | gateway p99 <= nginx p99 | gateway/nginx CPU per request |")
print("|---|---|---|---|---|---|---|---|---|---|")
for c in sorted({c for _, c in rows}):
    g, n, d, l = (med(r, c, "req_s") for r in ("gateway", "nginx", "direct", "library"))
    gp, np_, dp = (med(r, c, "p99_ms") for r in ("gateway", "nginx", "direct"))
    print(f"| {c} | {g/n:.2f} | {g/d:.2f} | {n/d:.2f} | {l/n:.2f} | {g/l:.2f} | {gp-dp:+.2f} | {np_-dp:+.2f} | {'yes' if gp <= np_ else 'no'} "
          f"| {cpu_us('gateway', c) / cpu_us('nginx', c):.2f} |")
print("\n| proxy | connections | CPU µs per request: event loops | JIT compilers | GC | other threads |")
print("|---|---|---|---|---|---|")
for c in sorted({c for _, c in rows}):
    for route in (r for r in ("gateway", "library", "headers", "undertow", "scg") if (r, c) in rows):
        print(f"| {route} | {c} | " + " | ".join(f"{cpu_us(route, c, g + '_ticks'):.1f}" for g in ("loop", "jit", "gc", "other")) + " |")
if any(r == "headers" for r, _ in rows):
    # the library with the gateway's headers: how much of gateway/library is the headers themselves
    print("\n| connections | headers/library CPU per request | gateway/headers CPU per request | gateway/library CPU per request | headers/library req/s |")
    print("|---|---|---|---|---|")
    for c in sorted({c for _, c in rows}):
        print(f"| {c} | {cpu_us('headers', c) / cpu_us('library', c):.2f} | {cpu_us('gateway', c) / cpu_us('headers', c):.2f} "
              f"| {cpu_us('gateway', c) / cpu_us('library', c):.2f} | {med('headers', c, 'req_s') / med('library', c, 'req_s'):.2f} |")
if any(r == "undertow" for r, _ in rows):
    print("\n| connections | undertow/nginx req/s | undertow/library req/s | undertow/nginx CPU per request | library/nginx CPU per request |")
    print("|---|---|---|---|---|")
    for c in sorted({c for _, c in rows}):
        print(f"| {c} | {med('undertow', c, 'req_s') / med('nginx', c, 'req_s'):.2f} | {med('undertow', c, 'req_s') / med('library', c, 'req_s'):.2f} "
              f"| {cpu_us('undertow', c) / cpu_us('nginx', c):.2f} | {cpu_us('library', c) / cpu_us('nginx', c):.2f} |")
if any(r == "scg" for r, _ in rows):
    print("\n| connections | scg/nginx req/s | scg/direct req/s | p99 added by scg ms | scg/nginx CPU per request | scg/library CPU per request |")
    print("|---|---|---|---|---|---|")
    for c in sorted({c for _, c in rows}):
        print(f"| {c} | {med('scg', c, 'req_s') / med('nginx', c, 'req_s'):.2f} | {med('scg', c, 'req_s') / med('direct', c, 'req_s'):.2f} "
              f"| {med('scg', c, 'p99_ms') - med('direct', c, 'p99_ms'):+.2f} "
              f"| {cpu_us('scg', c) / cpu_us('nginx', c):.2f} | {cpu_us('scg', c) / cpu_us('library', c):.2f} |")
    # issue 20, target 3: the gateway against Spring Cloud Gateway, in this run
    print("\n| target (issue 20, gateway against Spring Cloud Gateway) | connections | value | met |")
    print("|---|---|---|---|")
    def target(name, c, value, ok, shown):
        print(f"| {name} | {c} | {shown.format(value)} | {'**met**' if ok else 'not met'} |")
    for c in sorted({c for _, c in rows}):
        ratio = med('gateway', c, 'req_s') / med('scg', c, 'req_s')
        target("gateway/scg req/s >= 1.3", c, ratio, ratio >= 1.3, "{:.2f}")
    for c in sorted({c for _, c in rows}):
        ratio = cpu_us('gateway', c) / cpu_us('scg', c)
        target("gateway/scg CPU per request <= 0.75", c, ratio, ratio <= 0.75, "{:.2f}")
    for c in sorted({c for _, c in rows}):
        ratio = cpu_us('gateway', c) / cpu_us('library', c)
        target("gateway/library (vertx-http-proxy alone) CPU per request <= 1.15", c, ratio, ratio <= 1.15, "{:.2f}")
    if 8 in {c for _, c in rows}:
        added = med('gateway', 8, 'p99_ms') - med('direct', 8, 'p99_ms')
        target("p99 added by the gateway (gateway p99 - direct p99, medians) <= 1 ms", 8, added, added <= 1.0, "{:+.2f} ms")
    for c in sorted({c for _, c in rows}):
        bad = {r: total(r, c, 'non2xx') + total(r, c, 'socket_errors') for r in ("gateway", "scg")}
        target("zero non-2xx and socket errors, gateway and scg (all runs)", c, bad, not any(bad.values()),
               "gateway {0[gateway]}, scg {0[scg]}")
PY
echo "Raw results and logs: $work" >&2
