#!/usr/bin/env bash
# Start time with class archives (issue 20, target 2), one command, bounded: how much of a service's
# start the JVM can skip when it is given the classes (and, on JDK 25, the method profiles) of an
# earlier run, against the run command's start in the same run.
#
# Every process is started alone, as deploy/load/processes/run.sh starts it (deploy/load/common/suite.sh:
# its own fresh database, a free port, the run command's JVM options for it), in three modes:
#   fast-jar  Quarkus' fast-jar on the default java (JDK 17): what deploy/local/run.sh started before it
#             used an archive;
#   aot-jar   Quarkus' aot-jar on the same java without an archive (what the run command starts while it
#             trains one: the first start after a build);
#   cds       Quarkus' aot-jar (the application's classes on the JVM's class path, where the JVM can
#             archive them) on the same java, with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit);
#   cds-image the aot-jar with the archive the images make (deploy/k8s/docker/*.Dockerfile): a training start
#             with none of the service's settings and an invalid port, which stops as soon as the
#             build-time initialisation is done (no database, no network);
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
# Usage: deploy/load/processes/archives.sh   (env: ROUNDS=3 JAVA_AOT=<a JDK 25+ java>, MODES="fast-jar cds aot"
#        (any of fast-jar aot-jar cds cds-image aot; fast-jar is always measured, the ratios need it), and as run.sh:
#        PROCESS_JAVA_OPTS="..." for all five, IDENTITY_JAVA_OPTS="..." ... for one).
#        Needs psql, curl, python3, java; installs nothing. Packages the aot-jars into each module's
#        target/aot-app (./mvnw package with -Dquarkus.package.jar.type=aot-jar, ~4 min) when they are
#        missing or older than the fast-jars. Bounded: 5 x 2 training runs of 20-40 s, then
#        ROUNDS x 5 x 3 starts of 3-15 s: about 10 minutes with the defaults, after packaging.
set -euo pipefail

ROUNDS=${ROUNDS:-3}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"   # the five processes, wired as deploy/local/run.sh wires them
services=("${suite_services[@]}")

suite_require psql java python3 curl
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_AOT:-}" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null && JAVA_AOT=$candidate
  done
fi
read -r -a modes <<<"${MODES:-fast-jar cds aot}"
[[ " ${modes[*]} " == *" fast-jar "* ]] || modes=(fast-jar "${modes[@]}")
if [[ " ${modes[*]} " == *" aot "* ]]; then
  if [ -n "${JAVA_AOT:-}" ]; then
    [ "$(java_major "$JAVA_AOT")" -ge 25 ] || { echo "JAVA_AOT must be a java of JDK 25 or later" >&2; exit 2; }
  else
    echo "No JDK 25 or later found (JAVA_AOT): the aot mode is left out." >&2
    read -r -a modes <<<"$(sed 's/ aot\b//' <<<" ${modes[*]}")"
  fi
fi

suite_ensure_jars "Packaging the fast-jars (./mvnw package -DskipTests)..." -DskipTests
jar() { echo "$root/$(suite_module "$1")/target/$2/quarkus-run.jar"; }
for s in "${services[@]}"; do
  if [ ! -f "$(jar "$s" aot-app)" ] || [ "$(jar "$s" aot-app)" -ot "$(jar "$s" quarkus-app)" ]; then
    echo "Packaging the aot-jars into target/aot-app (./mvnw package -Dquarkus.package.jar.type=aot-jar)..." >&2
    (cd "$root" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot-app)
    break
  fi
done
for s in "${services[@]}"; do suite_opts[$s]=$(suite_java_opts "$s" PROCESS_JAVA_OPTS); done
own_opts=$(for s in "${services[@]}"; do echo "$s: ${suite_opts[$s]:-(the JVM defaults)}"; done)

suite_setup archives
suite_databases archive
suite_ports   # one process runs at a time: the others' URLs lead nowhere, as when a process starts alone

settings() { # the run command's wiring, and what a process started alone needs
  suite_settings "$1"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_HTTP_ACCESS_LOG_ENABLED=false"
  [ "$1" = gateway ] && echo "GATEWAY_HEALTH_REQUIRE_UPSTREAMS=false"
  return 0
}
launch() { # service mode [java args...]: the mode's JVM and packaging
  local service=$1 mode=$2; shift 2
  case $mode in
    fast-jar) suite_java=java suite_app=quarkus-app ;;
    aot-jar|cds|cds-image) suite_java=java suite_app=aot-app ;;
    aot) suite_java=$JAVA_AOT suite_app=aot-app ;;
  esac
  suite_launch "$service" "$work/$service.log" settings "$@"
}
stop() { kill "${pid[$1]}" 2>/dev/null || true; wait "${pid[$1]}" 2>/dev/null || true; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- training runs: one archive per service and mode ------------------------------------------------
train() { # service mode archive-options...
  local service=$1 mode=$2 opts=${suite_opts[$1]}; shift 2
  # The AOT cache's assembly step runs with the training run's options and cannot fit Quarkus'
  # classes under a metaspace cap ("Unable to allocate from 'ro' region"); the cap is kept when the
  # cache is used.
  [ "$mode" = aot ] && suite_opts[$service]=$(sed 's/-XX:MaxMetaspaceSize=[^ ]*//' <<<"$opts")
  launch "$service" "$mode" "$@"
  suite_opts[$service]=$opts
  suite_await_ready "$service" 120
  for _ in $(seq 1 20); do
    for path in /q/health/ready /q/health/live /q/openapi /q/metrics; do curl -s -o /dev/null "$(url "$service")$path"; done
  done
  stop "$service"
}
for s in "${services[@]}"; do
  if [[ " ${modes[*]} " == *" cds "* ]]; then
    train "$s" cds "-XX:ArchiveClassesAtExit=$work/$s.jsa"
    [ -f "$work/$s.jsa" ] || { echo "no AppCDS archive for $s (log: $work/$s.log)" >&2; exit 1; }
  fi
  if [[ " ${modes[*]} " == *" cds-image "* ]]; then
    # as the Dockerfiles do it: no settings, stopped by the invalid port; the run command's JVM options
    # (the jar's path as the measured starts give it: the archive records the class path as written)
    env -i PATH="$PATH" java ${suite_opts[$s]} "-XX:ArchiveClassesAtExit=$work/$s.image.jsa" -Xlog:cds=off \
      -Dquarkus.http.port=none -jar "$root/$(suite_module "$s")/target/aot-app/quarkus-run.jar" >>"$work/$s.log" 2>&1 || true
    [ -f "$work/$s.image.jsa" ] || { echo "no image-style AppCDS archive for $s (log: $work/$s.log)" >&2; exit 1; }
  fi
  if [[ " ${modes[*]} " == *" aot "* ]]; then
    train "$s" aot "-XX:AOTCacheOutput=$work/$s.aot"
    [ -f "$work/$s.aot" ] || { echo "no AOT cache for $s (log: $work/$s.log)" >&2; exit 1; }
  fi
  echo "trained $s: $(du -m "$work/$s".jsa "$work/$s".aot 2>/dev/null | awk '{printf "%s %s MB  ", $2, $1}')" >&2
done

# --- measured starts ---------------------------------------------------------------------------------
results="$work/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  for s in "${services[@]}"; do
    for mode in "${modes[@]}"; do
      t0=$(now_ms)
      case $mode in
        fast-jar) launch "$s" fast-jar ;;
        aot-jar) launch "$s" aot-jar ;;
        cds) launch "$s" cds -Xshare:on "-XX:SharedArchiveFile=$work/$s.jsa" ;;
        cds-image) launch "$s" cds-image -Xshare:on "-XX:SharedArchiveFile=$work/$s.image.jsa" ;;
        aot) launch "$s" aot -XX:AOTMode=on "-XX:AOTCache=$work/$s.aot" ;;
      esac
      suite_await_ready "$s" 120
      t1=$(now_ms)
      echo "$s $mode $round ms=$((t1 - t0)) cpu_ticks=$(awk '{print $14 + $15}' "/proc/${pid[$s]}/stat") rss_kb=$(awk '$1 == "VmRSS:" {print $2}' "/proc/${pid[$s]}/status")" | tee -a "$results" >&2
      stop "$s"
    done
  done
done

python3 - "$results" "$(getconf CLK_TCK)" "$own_opts" "${JAVA_AOT:-}" "$work" <<'PY'
import os, statistics, sys
path, ticks, java_opts, java_aot, work = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(path):
    service, mode, _, *fields = line.split()
    rows.setdefault((service, mode), []).append({k: float(v) for k, v in (f.split("=") for f in fields)})
modes = [m for m in ("fast-jar", "aot-jar", "cds", "cds-image", "aot") if any(k[1] == m for k in rows)]
services = list(dict.fromkeys(k[0] for k in rows))
med = lambda s, m, key: statistics.median(r[key] for r in rows[(s, m)])
print(f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f}. JVM options:\n{java_opts}")
print(f"aot: {java_aot or 'left out'}. Median of {len(next(iter(rows.values())))} starts per process and mode; "
      "in brackets the ratio to fast-jar of the same run.\n")
head = " | ".join(f"{m} s to ready (CPU s)" for m in modes) + " | " + " | ".join(f"{m} RSS MB" for m in modes)
print(f"| process | {head} | archives MB (cds / cds-image / aot) |")
print("|---" * (1 + 2 * len(modes) + 1) + "|")
for s in services:
    cells = []
    for m in modes:
        ms, cpu = med(s, m, "ms"), med(s, m, "cpu_ticks") / ticks
        ratio = "" if m == "fast-jar" else f" [{ms / med(s, 'fast-jar', 'ms'):.2f} / {cpu / (med(s, 'fast-jar', 'cpu_ticks') / ticks):.2f}]"
        cells.append(f"{ms / 1000:.2f} ({cpu:.1f}){ratio}")
    cells += [f"{med(s, m, 'rss_kb') / 1024:.0f}" for m in modes]
    sizes = " / ".join(f"{os.path.getsize(os.path.join(work, s + ext)) / 2**20:.0f}" for ext in (".jsa", ".image.jsa", ".aot") if os.path.exists(os.path.join(work, s + ext)))
    print(f"| {s} | " + " | ".join(cells) + f" | {sizes} |")
print("\nTarget: each service starts alone to ready in <= 2.5 s.")
PY
echo "Raw results, archives and logs: $work" >&2
