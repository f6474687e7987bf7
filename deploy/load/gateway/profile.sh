#!/usr/bin/env bash
# Where the gateway's CPU goes, per request: the gateway fast-jar pinned to one core in front of the
# trivial upstream (BenchUpstream.java), wrk and the upstream on the other core, async-profiler
# (Maven Central: tools.profiler:async-profiler, itimer mode, which needs no hardware counters)
# attached after the warm-up. Prints requests/s, the gateway's CPU time per request (/proc), the
# share of samples in system calls and in each layer, and the top frames; keeps the collapsed
# stacks and a flame graph (HTML) in the directory it names. For reference, in the same run and
# pinned the same way: vertx-http-proxy alone on plain Vert.x (BareProxy.java), not profiled.
#
# Usage: deploy/load/gateway/profile.sh   (env: WARMUP=45 DURATION=15 CONNECTIONS=8)
set -euo pipefail

WARMUP=${WARMUP:-45}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-8}
PROFILER_VERSION=4.1

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="$root/gateway/target/quarkus-app"

for tool in wrk java jcmd curl python3 taskset unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Missing: $tool (Debian: apt-get install wrk util-linux unzip; a JDK for java and jcmd)" >&2; exit 2; }
done
case "$(uname -m)" in
  x86_64) native=linux-x64 ;;
  aarch64) native=linux-arm64 ;;
  *) echo "async-profiler has no native library for $(uname -m) in its Maven Central jar" >&2; exit 2 ;;
esac
if [ "$(nproc)" -lt 2 ]; then
  echo "Needs two cores: one for the gateway, one for wrk and the upstream" >&2; exit 2
fi
source "$here/common.sh"
bench_setup gateway-profile

(cd "$root" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION" -DoutputDirectory="$work")
unzip -q -o "$work/async-profiler-$PROFILER_VERSION.jar" "$native/*" -d "$work/async-profiler"
agent="$work/async-profiler/$native/libasyncProfiler.so"

upstream_port=$(free_port); gateway_port=$(free_port)

cp="$(ls "$app"/lib/main/io.vertx.vertx-core-*.jar "$app"/lib/main/io.netty.*.jar \
        "$app"/lib/main/com.fasterxml.jackson.core.jackson-core-*.jar | paste -sd:)"
taskset -c 1 java -Xmx256m -cp "$cp" "$here/BenchUpstream.java" "$upstream_port" >"$work/upstream.log" 2>&1 &
pids+=($!)
GATEWAY_UPSTREAMS_IDENTITY_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_UPSTREAMS_FUNDING_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_UPSTREAMS_MENTORSHIP_URL="http://127.0.0.1:$upstream_port" \
GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS=1000000000 \
QUARKUS_HTTP_PORT="$gateway_port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  taskset -c 0 java -Xmx256m -XX:+EnableDynamicAgentLoading -jar "$app/quarkus-run.jar" >"$work/gateway.log" 2>&1 &
pids+=($!); gateway_pid=$!

await() { # url
  for _ in $(seq 1 150); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "No answer from $1 (logs in $work)" >&2; exit 1
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
warm_up() { # url
  echo "Warming up $1 for ${WARMUP}s..." >&2
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$1" >/dev/null
}

# the reference first, then stopped, so the gateway has its core to itself
library_port=$(free_port)
library_cp="$cp:$(ls "$app"/lib/main/io.vertx.vertx-http-proxy-*.jar | paste -sd:)"
taskset -c 0 java -Xmx256m -cp "$library_cp" "$here/BareProxy.java" "$library_port" "$upstream_port" 1 >"$work/library.log" 2>&1 &
library_pid=$!; pids+=($library_pid)
library_url="http://127.0.0.1:$library_port/api/funding/calls"
await "$library_url"
warm_up "$library_url"
library_before=$(cpu "$library_pid")
taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "$library_url" >"$work/library-wrk.txt"
library_after=$(cpu "$library_pid")
kill "$library_pid"

url="http://127.0.0.1:$gateway_port/api/funding/calls"
await "$url"
warm_up "$url"

# jcmd parses key=value arguments itself: the agent's options go in quotes of their own
jcmd "$gateway_pid" JVMTI.agent_load "$agent" "\"start,event=itimer,interval=200us\"" >/dev/null
cpu_before=$(cpu "$gateway_pid")
taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "$url" >"$work/wrk.txt"
cpu_after=$(cpu "$gateway_pid")
jcmd "$gateway_pid" JVMTI.agent_load "$agent" "\"stop,file=$work/profile.collapsed,collapsed\"" >/dev/null
jcmd "$gateway_pid" JVMTI.agent_load "$agent" "\"dump,file=$work/flamegraph.html,flamegraph\"" >/dev/null || true

python3 - "$work" "$(getconf CLK_TCK)" "$cpu_before" "$cpu_after" "$library_before" "$library_after" <<'PY'
import collections, re, sys
work, ticks = sys.argv[1], int(sys.argv[2])

def measured(name, before, after):
    wrk = open(f"{work}/{name}.txt").read()
    requests = int(re.search(r"(\d+) requests in", wrk).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    return rate, (float(after) - float(before)) / ticks * 1e6 / requests

gateway_rate, gateway_cpu = measured("wrk", sys.argv[3], sys.argv[4])
library_rate, library_cpu = measured("library-wrk", sys.argv[5], sys.argv[6])
print(f"gateway: {gateway_rate:,.0f} requests/s, {gateway_cpu:.1f} µs of CPU per request (user + system, /proc)")
print(f"vertx-http-proxy alone: {library_rate:,.0f} requests/s, {library_cpu:.1f} µs per request; "
      f"gateway/library CPU per request {gateway_cpu / library_cpu:.2f}")

stacks = [(stack, int(count)) for stack, count in (line.rsplit(" ", 1) for line in open(f"{work}/profile.collapsed"))]
total = sum(n for _, n in stacks)
own = collections.Counter()
for stack, n in stacks:
    own[stack.rsplit(";", 1)[-1]] += n
if not total:
    sys.exit("No samples: was the profiler attached?")

# each sample goes to the system call it sits in, else to the innermost library frame on its stack
# (JDK frames count for the library that called them)
syscalls = re.compile(r"^(__GI_)?(__)?(write|writev|read|readv|recvfrom|sendto|epoll_wait|epoll_ctl|futex)(64)?$")
layers = [("our handlers", ("org/jointfunding/",)), ("vertx-http-proxy", ("io/vertx/httpproxy/",)),
          ("Vert.x Web router", ("io/vertx/ext/web/",)), ("Quarkus HTTP", ("io/quarkus/",)),
          ("Micrometer", ("io/micrometer/",)), ("Vert.x core", ("io/vertx/core/",)), ("Netty", ("io/netty/",))]
shares = collections.Counter()
for stack, n in stacks:
    frames = stack.split(";")
    if syscalls.match(frames[-1]):
        shares["system calls"] += n
        continue
    layer = next((name for frame in reversed(frames) for name, prefixes in layers if frame.startswith(prefixes)), "JVM (JIT, GC) and other")
    shares[layer] += n
print(f"{total} samples; where they fall (system call, else the innermost frame of a layer):")
for name, n in shares.most_common():
    print(f"  {name:<26} {100 * n / total:5.1f} %")
print("top frames by own samples:")
for frame, n in own.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {frame[:110]}")
print(f"collapsed stacks: {work}/profile.collapsed; flame graph: {work}/flamegraph.html")
PY
