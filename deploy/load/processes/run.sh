#!/usr/bin/env bash
# Lean processes (issue 20, target 2), one command, bounded: every service's start time and memory
# with the JVM options of the run command (read from deploy/local/run.sh: DEFAULT_JAVA_OPTS, and QUICK_JIT_OPTS for its QUICK_JIT_MODULES), or PROCESS_JAVA_OPTS for all five, or IDENTITY_JAVA_OPTS, FUNDING_JAVA_OPTS,
# MENTORSHIP_JAVA_OPTS, NOTIFICATION_JAVA_OPTS, GATEWAY_JAVA_OPTS for one (set but empty: the JVM's defaults),
# and, as the run command starts them, each from its aot-jar (target/run-app) with a class archive of an
# earlier start (ARCHIVES=1, the default; ARCHIVES=0: the fast-jars without one, as the run command did before;
# ARCHIVES=aot: the aot-jars on a JDK 25 or later with a Leyden AOT cache of an earlier start instead,
# -XX:AOTCacheOutput then -XX:AOTCache, to see what a newer runtime would give).
# PROCESS_JAVA: the java to start them with (default: the java on the PATH, as the run command;
# ARCHIVES=aot needs one of JDK 25 or later).
#
#   alone:  each of the five processes started by itself REPEATS times (after one first start that
#           migrates its empty database, reported apart, and writes the process's class archive as it
#           stops: -XX:ArchiveClassesAtExit, as the run command's first start after a build does): launch
#           to the first 200 of /q/health/ready, the CPU time it spent until then, and its RSS when ready;
#   suite:  the five started at once, as deploy/local/run.sh does: launch to the last one ready;
#           every start after the first uses the archive (-Xshare:on: a start that cannot map it fails);
#   load:   with the suite up, one read per process for WARMUP + DURATION seconds (wrk -t2 -c16),
#           each process's own endpoint: identity GET /api/identity/me, funding GET /api/funding/calls/{id},
#           mentorship GET /api/mentorship/requests, notification GET /api/notifications/unread-count
#           (a startup's token), and the gateway GET /api/funding/calls/{id} routed to funding;
#           then every process's RSS (VmRSS) and its peak since launch (VmHWM).
# Each process has its own fresh database (lean_identity, lean_funding, ...; role portal_test, as
# the other benchmarks) and free ports; the processes are wired together as run.sh wires them
# (deploy/load/common/suite.sh, shared with deploy/load/journey).
#
# Usage: deploy/load/processes/run.sh   (env: REPEATS=3 WARMUP=20 DURATION=20 CONNECTIONS=16 THREADS=2 ARCHIVES=1
#        PROCESS_JAVA_OPTS="...", IDENTITY_JAVA_OPTS="..." ...). Needs wrk, psql, curl, python3, java; installs nothing (packages the
#        services as the run command does if one is missing from target/run-app, or target/quarkus-app with ARCHIVES=0). Bounded: about 5 x (REPEATS + 1) starts of 5-15 s, one suite
#        start, then 5 x (WARMUP + DURATION): about 7 minutes with the defaults.
set -euo pipefail

REPEATS=${REPEATS:-3}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ARCHIVES=${ARCHIVES:-1}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"   # the five processes, wired as deploy/local/run.sh wires them
services=("${suite_services[@]}")

suite_require wrk psql java python3 curl
suite_java=${PROCESS_JAVA:-java}
java_version=$("$suite_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
if [ "$ARCHIVES" = aot ] && [ "${java_version%%[.+]*}" -lt 25 ]; then
  echo "ARCHIVES=aot needs a java of JDK 25 or later (PROCESS_JAVA); $suite_java is $java_version" >&2; exit 2
fi
if [ "$ARCHIVES" != 0 ]; then
  suite_app=run-app   # deploy/local/run.sh's package: an aot-jar, whose classes the JVM can archive
  suite_ensure_jars "Packaging the services as the run command does (aot-jars in target/run-app)..." \
    -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=run-app
else
  suite_ensure_jars "Packaging the services (./mvnw package -DskipTests)..." -DskipTests
fi
for s in "${services[@]}"; do suite_opts[$s]=$(suite_java_opts "$s" PROCESS_JAVA_OPTS); done
java_opts=${PROCESS_JAVA_OPTS-$(suite_default_java_opts)}   # every process's, unless it has its own
own_opts=$(for s in "${services[@]}"; do [ "${suite_opts[$s]}" = "$java_opts" ] || echo "$s: ${suite_opts[$s]:-(the JVM defaults)}"; done)

suite_setup processes
suite_databases lean
suite_ports
admin_email=$suite_admin_email
admin_password=$suite_admin_password

settings() { # the run command's wiring, and what this benchmark changes
  suite_settings "$1"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_HTTP_ACCESS_LOG_ENABLED=false"
  if [ "$1" = gateway ]; then
    echo "GATEWAY_HEALTH_REQUIRE_UPSTREAMS=false"   # ready alone too: what is timed is the gateway
    echo "GATEWAY_RATE_LIMIT_ENABLED=false"         # the load comes from one address
  fi
}

launch() { # service attempt: the first start writes the class archive the later ones use
  local -a archive=()
  local opts=${suite_opts[$1]}
  case $ARCHIVES/$2 in
    1/0) archive=("-XX:ArchiveClassesAtExit=$work/$1.jsa" -Xlog:cds=off) ;;
    1/*) archive=(-Xshare:on "-XX:SharedArchiveFile=$work/$1.jsa") ;;
    # the cache's assembly at exit cannot fit Quarkus' classes under a metaspace cap (as in archives.sh)
    aot/0) archive=("-XX:AOTCacheOutput=$work/$1.jsa" -Xlog:aot=off,cds=off)
           suite_opts[$1]=$(sed 's/-XX:MaxMetaspaceSize=[^ ]*//' <<<"$opts") ;;
    aot/*) archive=(-XX:AOTMode=on "-XX:AOTCache=$work/$1.jsa") ;;
  esac
  suite_launch "$1" "$work/$1.log" settings "${archive[@]}"
  suite_opts[$1]=$opts
}
await_ready() { suite_await_ready "$1" 120; }
stop() { kill "${pid[$1]}" 2>/dev/null || true; wait "${pid[$1]}" 2>/dev/null || true; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
status_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }

results="$work/results.txt"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- alone -----------------------------------------------------------------------------------------
for s in "${services[@]}"; do
  for attempt in $(seq 0 "$REPEATS"); do   # 0: the first start, which migrates the empty database
    t0=$(now_ms); launch "$s" "$attempt"; await_ready "$s"; t1=$(now_ms)
    echo "alone $s $attempt ms=$((t1 - t0)) cpu_ticks=$(cpu_ticks "${pid[$s]}") rss_kb=$(status_kb "${pid[$s]}" VmRSS)" | tee -a "$results" >&2
    stop "$s"
    if [ "$ARCHIVES" != 0 ] && [ "$attempt" = 0 ] && [ ! -s "$work/$s.jsa" ]; then
      echo "$s wrote no class archive (log: $work/$s.log)" >&2; exit 1
    fi
  done
done

# --- the suite, started at once ------------------------------------------------------------------
t0=$(now_ms)
for s in "${services[@]}"; do launch "$s" 1; done
for s in "${services[@]}"; do await_ready "$s"; echo "suite $s 1 ms=$(( $(now_ms) - t0 ))" | tee -a "$results" >&2; done
echo "suite all 1 ms=$(( $(now_ms) - t0 ))" | tee -a "$results" >&2

# --- data and tokens, through the API ----------------------------------------------------------------
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { # base path token body
  curl -fsS -X POST "$1$2" ${3:+-H "Authorization: Bearer $3"} -H 'Content-Type: application/json' --data "$4"
}
login() { post "$(url identity)" /api/identity/login "" "{\"email\":\"$1\",\"password\":\"$2\"}" | json '["access_token"]'; }
admin=$(login "$admin_email" "$admin_password")
post "$(url identity)" /api/identity/register "" '{"email":"founder@lean.bench","displayName":"Lean Founder","country":"MY",
  "password":"a lean bench passphrase","role":"STARTUP"}' >/dev/null
startup=$(login founder@lean.bench "a lean bench passphrase")
post "$(url funding)" /api/funding/agencies "$admin" '{"code":"MY-MDEC","name":"Malaysia Digital Economy Corporation","country":"MY","currency":"MYR"}' >/dev/null
post "$(url funding)" /api/funding/agencies "$admin" '{"code":"IR-INSF","name":"Iran National Science Foundation","country":"IR","currency":"IRR"}' >/dev/null
call=$(post "$(url funding)" /api/funding/calls "$admin" '{"title":"Malaysia-Iran Digital Health 2027",
  "description":"Joint projects between Malaysian and Iranian startups: platforms, data and services.",
  "sectors":["healthtech","agritech"],"opensAt":"2026-01-01T00:00:00Z","closesAt":"2036-12-31T23:59:59Z",
  "funders":[{"agency":"MY-MDEC","budget":1000000.00},{"agency":"IR-INSF","budget":1000000.00}],
  "eligibility":{"requiredCountries":["MY","IR"],"minPartners":2,"maxPartners":4},
  "criteria":[{"name":"Excellence","weight":60.00,"maxScore":10,"threshold":5},{"name":"Impact","weight":40.00,"maxScore":10,"threshold":5}],
  "blindReview":false}' | json '["id"]')
post "$(url funding)" "/api/funding/calls/$call/open" "$admin" '{}' >/dev/null

# --- load: one read per process ---------------------------------------------------------------------
declare -A endpoint=(
  [identity]="$(url identity)/api/identity/me"
  [funding]="$(url funding)/api/funding/calls/$call"
  [mentorship]="$(url mentorship)/api/mentorship/requests"
  [notification]="$(url notification)/api/notifications/unread-count"
  [gateway]="$(url gateway)/api/funding/calls/$call"
)
for s in "${services[@]}"; do
  auth=(); [[ $s == identity || $s == mentorship || $s == notification ]] && auth=(-H "Authorization: Bearer $startup")
  curl -fsS -o /dev/null "${auth[@]}" "${endpoint[$s]}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${auth[@]}" "${endpoint[$s]}" >/dev/null
  c0=$(cpu_ticks "${pid[$s]}")
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "${auth[@]}" -s "$root/deploy/load/gateway/report.lua" "${endpoint[$s]}" | grep '^RESULT')
  echo "load $s 1 ${line#RESULT } cpu_ticks=$(( $(cpu_ticks "${pid[$s]}") - c0 ))" | tee -a "$results" >&2
done
for s in "${services[@]}"; do
  echo "memory $s 1 rss_kb=$(status_kb "${pid[$s]}" VmRSS) hwm_kb=$(status_kb "${pid[$s]}" VmHWM)" | tee -a "$results" >&2
done

python3 - "$results" "$(getconf CLK_TCK)" "$java_opts" "$own_opts" "$ARCHIVES" "$work" "$java_version" <<'PY'
import os, statistics, sys
path, ticks, java_opts, own_opts, archives, work, java_version = sys.argv[1:2] + [float(sys.argv[2])] + sys.argv[3:]
rows = {}
for line in open(path):
    kind, name, attempt, *fields = line.split()
    values = {k: float(v) for k, v in (f.split("=") for f in fields)}
    rows.setdefault((kind, name), []).append((int(attempt), values))
paths = {"identity": "GET /api/identity/me", "funding": "GET /api/funding/calls/{id}", "mentorship": "GET /api/mentorship/requests",
         "notification": "GET /api/notifications/unread-count", "gateway": "GET /api/funding/calls/{id} via the gateway"}
print(f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f}; Java {java_version}; JVM options: {java_opts or '(the JVM defaults)'}")
for line in filter(None, own_opts.split("\n")):
    print(f"JVM options of {line}")
if archives != "0":
    sizes = ", ".join(f"{n} {os.path.getsize(os.path.join(work, n + '.jsa')) / 2**20:.0f}" for n in paths)
    kind = "the class archive" if archives == "1" else "the AOT cache (JDK 25+)"
    print(f"Started from the aot-jars, each start after the first with {kind} the first wrote (MB: {sizes}).")
else:
    print("Started from the fast-jars, without class archives (ARCHIVES=0).")
print(f"Alone: median of the starts after the first (which migrates the empty database). Load: wrk -t{os.environ.get('THREADS', '2')} "
      f"-c{os.environ.get('CONNECTIONS', '16')}, {os.environ.get('DURATION', '20')} s after {os.environ.get('WARMUP', '20')} s of warm-up.\n")
print("| process | first start s (CPU s) | start alone s (CPU s) | RSS ready MB | read under load | req/s | CPU µs/request | p99 ms | non-2xx | RSS after MB | peak RSS MB |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for name in paths:
    starts = rows[("alone", name)]
    first = [v for a, v in starts if a == 0][0]
    later = [v for a, v in starts if a > 0]
    med = lambda key: statistics.median(v[key] for v in later)
    load = rows[("load", name)][0][1]
    mem = rows[("memory", name)][0][1]
    print(f"| {name} | {first['ms'] / 1000:.2f} ({first['cpu_ticks'] / ticks:.1f}) | {med('ms') / 1000:.2f} ({med('cpu_ticks') / ticks:.1f}) "
          f"| {med('rss_kb') / 1024:.0f} | {paths[name]} | {load['req_s']:.0f} | {load['cpu_ticks'] * 1e6 / ticks / load['requests']:.0f} "
          f"| {load['p99_ms']:.1f} | {int(load['non2xx'])} | {mem['rss_kb'] / 1024:.0f} | {mem['hwm_kb'] / 1024:.0f} |")
suite = {name: v["ms"] for (kind, name), vs in rows.items() if kind == "suite" for _, v in vs}
print(f"\nThe suite started at once: all five ready in {suite['all'] / 1000:.1f} s ("
      + ", ".join(f"{n} {suite[n] / 1000:.1f} s" for n in paths) + ").")
print("Targets: every process <= 256 MB RSS under the load, each starts alone to ready in <= 2.5 s.")
PY
echo "Raw results and logs: $work" >&2
