#!/usr/bin/env bash
# Start time with class archives (issue 20, target 2), one command, bounded: how much of a service's
# start the JVM can skip when it is given the classes (and, on JDK 25, the method profiles) of an
# earlier run, against the run command's start in the same run.
#
# Every process is started alone, as deploy/load/processes/run.sh starts it (its own fresh database,
# a free port, the run command's JVM options), in three modes:
#   fast-jar  what deploy/local/run.sh starts today: Quarkus' fast-jar on the default java (JDK 17);
#   cds       Quarkus' aot-jar (the application's classes on the JVM's class path, where the JVM can
#             archive them) on the same java, with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit);
#   aot       the same aot-jar on a JDK 25 or later (JAVA_AOT, or the newest under /usr/lib/jvm; the mode
#             is left out without one) with a Leyden AOT cache (-XX:AOTCacheOutput): classes loaded and
#             linked ahead of time, and method profiles, so the JIT compilers start from them.
# Each archive comes from one training run: start to ready, a few requests to /q/health, /q/openapi and
# /q/metrics, stop (the JVM writes the archive as it exits). Then ROUNDS rounds, each starting every
# process once in every mode in turn (the machine's load touches the modes alike): launch to the first
# 200 of /q/health/ready, the CPU seconds spent until then, RSS when ready. The table gives medians and
# each mode's ratio to fast-jar. The archives must come from the same java and the same jars they are
# used with: the measured starts insist on it (-Xshare:on, -XX:AOTMode=on), so a start that could
# not use its archive fails the run instead of being counted.
#
# Usage: deploy/load/processes/archives.sh   (env: ROUNDS=3 JAVA_AOT=<a JDK 25+ java> PROCESS_JAVA_OPTS="...").
#        Needs psql, curl, python3, java; installs nothing. Packages the aot-jars into each module's
#        target/aot-app (./mvnw package with -Dquarkus.package.jar.type=aot-jar, ~4 min) when they are
#        missing or older than the fast-jars. Bounded: 5 x 2 training runs of 20-40 s, then
#        ROUNDS x 5 x 3 starts of 3-15 s: about 10 minutes with the defaults, after packaging.
set -euo pipefail

ROUNDS=${ROUNDS:-3}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="$root/gateway/target/quarkus-app"   # bench_setup packages the gateway if it is missing
services=(identity funding mentorship notification gateway)

for tool in psql java python3 curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Missing: $tool (Debian: postgresql-client curl python3, a JDK 17)." >&2; exit 2; }
done
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_AOT:-}" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null && JAVA_AOT=$candidate
  done
fi
modes=(fast-jar cds)
if [ -n "${JAVA_AOT:-}" ]; then
  [ "$(java_major "$JAVA_AOT")" -ge 25 ] || { echo "JAVA_AOT must be a java of JDK 25 or later" >&2; exit 2; }
  modes+=(aot)
else
  echo "No JDK 25 or later found (JAVA_AOT): the aot mode is left out." >&2
fi

module() { [ "$1" = gateway ] && echo gateway || echo "$1-service"; }
fast_jar() { echo "$root/$(module "$1")/target/quarkus-app/quarkus-run.jar"; }
aot_jar() { echo "$root/$(module "$1")/target/aot-app/quarkus-run.jar"; }
for s in "${services[@]}"; do
  if [ ! -f "$(fast_jar "$s")" ]; then
    echo "Packaging the fast-jars (./mvnw package -DskipTests)..." >&2
    (cd "$root" && ./mvnw -B -q package -DskipTests)
    break
  fi
done
for s in "${services[@]}"; do
  if [ ! -f "$(aot_jar "$s")" ] || [ "$(aot_jar "$s")" -ot "$(fast_jar "$s")" ]; then
    echo "Packaging the aot-jars into target/aot-app (./mvnw package -Dquarkus.package.jar.type=aot-jar)..." >&2
    (cd "$root" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot-app)
    break
  fi
done
java_opts=${PROCESS_JAVA_OPTS-$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' "$root/deploy/local/run.sh")}
# The AOT cache's assembly step runs with the training run's options and cannot fit Quarkus' classes
# under a metaspace cap ("Unable to allocate from 'ro' region"); the cap is kept when the cache is used.
aot_training_opts=$(sed 's/-XX:MaxMetaspaceSize=[^ ]*//' <<<"$java_opts")

source "$root/deploy/load/gateway/common.sh"   # bench_setup (work directory, cleanup), free_port
bench_setup archives
source "$root/deploy/local/postgres.sh"
pg_ensure_running
pg_ensure_role portal_test portal_test CREATEDB
for db in identity funding mentorship notification; do
  pg_admin_psql -c "DROP DATABASE IF EXISTS archive_$db WITH (FORCE)"
  pg_ensure_database "archive_$db" portal_test
done

port=$(free_port)
unreachable=http://127.0.0.1:9   # nothing listens there: every process starts without its peers
settings() { # service -> its environment, one NAME=value per line
  echo "QUARKUS_HTTP_PORT=$port"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_HTTP_ACCESS_LOG_ENABLED=false"
  if [ "$1" != gateway ]; then
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/archive_$1"
    echo "QUARKUS_DATASOURCE_USERNAME=portal_test"
    echo "QUARKUS_DATASOURCE_PASSWORD=portal_test"
    echo "PORTAL_EVENTS_CREDENTIAL=archive-bench-events"
    echo "PORTAL_NOTIFICATIONS_URL=$unreachable"
    echo "PORTAL_IDENTITY_JWKS_URL=$unreachable/api/identity/jwks"
  fi
  case $1 in
    identity) echo "PORTAL_KEYS_ENCRYPTION_SECRET=archive-bench-keys-secret"
              echo "PORTAL_BOOTSTRAP_ADMIN_EMAIL=admin@archive.bench"
              echo "PORTAL_BOOTSTRAP_ADMIN_PASSWORD=archive-bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')" ;;
    funding) echo "PORTAL_MENTORSHIP_URL=$unreachable" ;;
    notification) echo "PORTAL_IDENTITY_URL=$unreachable" ;;
    gateway) for u in IDENTITY FUNDING MENTORSHIP NOTIFICATIONS; do echo "GATEWAY_UPSTREAMS_${u}_URL=$unreachable"; done
             echo "GATEWAY_HEALTH_REQUIRE_UPSTREAMS=false"
             echo "GATEWAY_RATE_LIMIT_ENABLED=false" ;;
  esac
}

launch() { # service java jar log [jvm options...] -> $pid
  local service=$1 java=$2 jar=$3 log=$4 vars; shift 4
  mapfile -t vars < <(settings "$service")
  # shellcheck disable=SC2086 # java_opts is a list of options
  env "${vars[@]}" "$java" $java_opts "$@" -jar "$jar" >>"$log" 2>&1 &
  pid=$!; pids+=("$pid")
}
await_ready() { # service log
  for _ in $(seq 1 2400); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$1 stopped; the end of its log ($2):" >&2; tail -20 "$2" >&2; exit 1; }
    sleep 0.05
  done
  echo "$1 not ready after 120 s (log: $2)" >&2; exit 1
}
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- training runs: one archive per service and mode ------------------------------------------------
train() { # service mode java jar archive-options...
  local service=$1 mode=$2 java=$3 jar=$4; shift 4
  local log="$work/$service.$mode.training.log"
  java_opts_saved=$java_opts
  [ "$mode" = aot ] && java_opts=$aot_training_opts
  launch "$service" "$java" "$jar" "$log" "$@"
  java_opts=$java_opts_saved
  await_ready "$service" "$log"
  for _ in $(seq 1 20); do
    for path in /q/health/ready /q/health/live /q/openapi /q/metrics; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
  done
  stop
}
for s in "${services[@]}"; do
  train "$s" cds java "$(aot_jar "$s")" "-XX:ArchiveClassesAtExit=$work/$s.jsa"
  [ -f "$work/$s.jsa" ] || { echo "no AppCDS archive for $s (log: $work/$s.cds.training.log)" >&2; exit 1; }
  if [[ " ${modes[*]} " == *" aot "* ]]; then
    train "$s" aot "$JAVA_AOT" "$(aot_jar "$s")" "-XX:AOTCacheOutput=$work/$s.aot"
    [ -f "$work/$s.aot" ] || { echo "no AOT cache for $s (log: $work/$s.aot.training.log)" >&2; exit 1; }
  fi
  echo "trained $s: $(du -m "$work/$s".jsa "$work/$s".aot 2>/dev/null | awk '{printf "%s %s MB  ", $2, $1}')" >&2
done

# --- measured starts ---------------------------------------------------------------------------------
results="$work/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  for s in "${services[@]}"; do
    for mode in "${modes[@]}"; do
      log="$work/$s.$mode.log"
      t0=$(now_ms)
      case $mode in
        fast-jar) launch "$s" java "$(fast_jar "$s")" "$log" ;;
        cds) launch "$s" java "$(aot_jar "$s")" "$log" -Xshare:on "-XX:SharedArchiveFile=$work/$s.jsa" ;;
        aot) launch "$s" "$JAVA_AOT" "$(aot_jar "$s")" "$log" -XX:AOTMode=on "-XX:AOTCache=$work/$s.aot" ;;
      esac
      await_ready "$s" "$log"
      t1=$(now_ms)
      echo "$s $mode $round ms=$((t1 - t0)) cpu_ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat") rss_kb=$(awk '$1 == "VmRSS:" {print $2}' "/proc/$pid/status")" | tee -a "$results" >&2
      stop
    done
  done
done

python3 - "$results" "$(getconf CLK_TCK)" "$java_opts" "${JAVA_AOT:-}" "$work" <<'PY'
import os, statistics, sys
path, ticks, java_opts, java_aot, work = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(path):
    service, mode, _, *fields = line.split()
    rows.setdefault((service, mode), []).append({k: float(v) for k, v in (f.split("=") for f in fields)})
modes = [m for m in ("fast-jar", "cds", "aot") if any(k[1] == m for k in rows)]
services = list(dict.fromkeys(k[0] for k in rows))
med = lambda s, m, key: statistics.median(r[key] for r in rows[(s, m)])
print(f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f}; JVM options: {java_opts or '(the JVM defaults)'}")
print(f"aot: {java_aot or 'left out'}. Median of {len(next(iter(rows.values())))} starts per process and mode; "
      "in brackets the ratio to fast-jar of the same run.\n")
head = " | ".join(f"{m} s to ready (CPU s)" for m in modes) + " | " + " | ".join(f"{m} RSS MB" for m in modes)
print(f"| process | {head} | archives MB |")
print("|---" * (1 + 2 * len(modes) + 1) + "|")
for s in services:
    cells = []
    for m in modes:
        ms, cpu = med(s, m, "ms"), med(s, m, "cpu_ticks") / ticks
        ratio = "" if m == "fast-jar" else f" [{ms / med(s, 'fast-jar', 'ms'):.2f} / {cpu / (med(s, 'fast-jar', 'cpu_ticks') / ticks):.2f}]"
        cells.append(f"{ms / 1000:.2f} ({cpu:.1f}){ratio}")
    cells += [f"{med(s, m, 'rss_kb') / 1024:.0f}" for m in modes]
    sizes = " / ".join(f"{os.path.getsize(os.path.join(work, s + ext)) / 2**20:.0f}" for ext in (".jsa", ".aot") if os.path.exists(os.path.join(work, s + ext)))
    print(f"| {s} | " + " | ".join(cells) + f" | {sizes} |")
print("\nTarget: each service starts alone to ready in <= 2.5 s.")
PY
echo "Raw results, archives and logs: $work" >&2
