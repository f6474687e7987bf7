#!/usr/bin/env bash
# Where the gateway's CPU goes, per request: the gateway fast-jar pinned to one core in front of the
# trivial upstream (BenchUpstream.java), wrk and the upstream on the other core, async-profiler
# (Maven Central: tools.profiler:async-profiler, itimer mode, which needs no hardware counters)
# attached after the warm-up. For reference, in the same run and pinned and profiled the same way
# just before (then stopped): vertx-http-proxy alone on plain Vert.x (BareProxy.java, one event loop).
# Prints each one's requests/s and CPU time per request (/proc), a table of that CPU time split by
# the samples' shares (system call, else the innermost frame of a layer; the JIT compiler threads
# apart), and the top frames; keeps the collapsed stacks and a flame graph (HTML) of each in the
# directory it names.
# With SCG=1, Spring Cloud Gateway set up like the gateway (scg/, built with the Maven wrapper) is
# then profiled the same way, on the same core once the gateway is stopped, with Spring's and
# Reactor's layers counted too.
#
# Usage: deploy/load/gateway/profile.sh   (env: WARMUP=45 DURATION=15 CONNECTIONS=8 SCG=0 GATEWAY_APP=<quarkus-app>)
set -euo pipefail

WARMUP=${WARMUP:-45}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-8}
PROFILER_VERSION=4.1

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="${GATEWAY_APP:-$root/gateway/target/quarkus-app}"

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

profile() { # name pid url: warmed up, then DURATION seconds measured with the profiler attached
  await "$3"
  warm_up "$3"
  # jcmd parses key=value arguments itself: the agent's options go in quotes of their own
  jcmd "$2" JVMTI.agent_load "$agent" "\"start,event=itimer,interval=200us\"" >/dev/null
  local before after
  before=$(cpu "$2")
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "$3" >"$work/$1-wrk.txt"
  after=$(cpu "$2")
  jcmd "$2" JVMTI.agent_load "$agent" "\"stop,file=$work/$1.collapsed,collapsed\"" >/dev/null
  jcmd "$2" JVMTI.agent_load "$agent" "\"dump,file=$work/$1-flamegraph.html,flamegraph\"" >/dev/null || true
  echo "$before $after" >"$work/$1.cpu"
}

# the reference first, then stopped, so the gateway has its core to itself
library_port=$(free_port)
library_cp="$cp:$(ls "$app"/lib/main/io.vertx.vertx-http-proxy-*.jar | paste -sd:)"
taskset -c 0 java -Xmx256m -XX:+EnableDynamicAgentLoading -cp "$library_cp" "$here/BareProxy.java" "$library_port" "$upstream_port" 1 \
  >"$work/library.log" 2>&1 &
library_pid=$!; pids+=($library_pid)
profile library "$library_pid" "http://127.0.0.1:$library_port/api/funding/calls"
kill "$library_pid"

profile gateway "$gateway_pid" "http://127.0.0.1:$gateway_port/api/funding/calls"
profiled=(library gateway)

if [ "${SCG:-0}" = 1 ]; then # the gateway stopped, Spring Cloud Gateway gets its core
  kill "$gateway_pid"
  build_scg
  scg_port=$(free_port)
  GATEWAY_UPSTREAMS_IDENTITY_URL="http://127.0.0.1:$upstream_port" \
  GATEWAY_UPSTREAMS_FUNDING_URL="http://127.0.0.1:$upstream_port" \
  GATEWAY_UPSTREAMS_MENTORSHIP_URL="http://127.0.0.1:$upstream_port" \
  SERVER_PORT="$scg_port" \
    taskset -c 0 java -Xmx256m -XX:+EnableDynamicAgentLoading -jar "$here/scg/target/scg-peer.jar" >"$work/scg.log" 2>&1 &
  pids+=($!); scg_pid=$!
  profile scg "$scg_pid" "http://127.0.0.1:$scg_port/api/funding/calls"
  profiled+=(scg)
fi

python3 - "$work" "$(getconf CLK_TCK)" "${profiled[@]}" <<'PY'
import collections, re, sys
work, ticks, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def measured(name):
    wrk = open(f"{work}/{name}-wrk.txt").read()
    requests = int(re.search(r"(\d+) requests in", wrk).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    before, after = open(f"{work}/{name}.cpu").read().split()
    return rate, (float(after) - float(before)) / ticks * 1e6 / requests

# each sample goes to the system call it sits in, else to the innermost library frame on its stack
# (JDK frames count for the library that called them)
syscalls = re.compile(r"^(__GI_)?(__)?(write|writev|read|readv|recv|recvfrom|recvmsg|send|sendto|sendmsg|"
                      r"epoll_wait|epoll_pwait|epoll_pwait2|epoll_ctl|futex)(64)?$")
layers = [("our handlers / the peer's request-id filter", ("org/jointfunding/", "bench/scg/")),
          ("vertx-http-proxy", ("io/vertx/httpproxy/",)), ("Vert.x Web router", ("io/vertx/ext/web/",)),
          ("Quarkus HTTP", ("io/quarkus/",)), ("Micrometer", ("io/micrometer/",)), ("Vert.x core", ("io/vertx/core/",)),
          ("Spring Cloud Gateway", ("org/springframework/cloud/gateway/",)),
          ("Spring Security", ("org/springframework/security/",)),
          ("Spring WebFlux and web", ("org/springframework/web/", "org/springframework/http/")),
          ("Spring (other)", ("org/springframework/",)), ("Reactor Netty", ("reactor/netty/",)),
          ("Reactor core", ("reactor/core/", "reactor/util/")), ("Netty", ("io/netty/",))]
other = "JVM (JIT compiler, GC) and other"
compiler = re.compile(r"CompileBroker|C2Compiler|Compile::")
cpu, share, tops = {}, {}, {}
for name in names:
    rate, cpu[name] = measured(name)
    stacks = [(stack, int(count)) for stack, count in (line.rsplit(" ", 1) for line in open(f"{work}/{name}.collapsed"))]
    total = sum(n for _, n in stacks)
    if not total:
        sys.exit(f"No samples for {name}: was the profiler attached?")
    own, shares = collections.Counter(), collections.Counter()
    for stack, n in stacks:
        frames = stack.split(";")
        own[frames[-1]] += n
        if compiler.search(stack):
            shares["  of which the JIT compiler threads"] += n
        if syscalls.match(frames[-1]):
            shares["system calls"] += n
            continue
        shares[next((layer for frame in reversed(frames) for layer, prefixes in layers if frame.startswith(prefixes)), other)] += n
    share[name] = {layer: n / total for layer, n in shares.items()}
    tops[name] = [(frame, n / total) for frame, n in own.most_common(12)]
    print(f"{name}: {rate:,.0f} requests/s, {cpu[name]:.1f} µs of CPU per request (user + system, /proc), {total} samples"
          + ("" if name == "library" or "library" not in cpu else f"; {name}/library CPU per request {cpu[name] / cpu['library']:.2f}")
          + (f"; gateway/scg {cpu['gateway'] / cpu[name]:.2f}" if name == "scg" and "gateway" in cpu else ""))

# the samples' shares as µs of CPU per request: system call, else the innermost frame of a layer
rows = ["system calls"] + [layer for layer, _ in layers] + [other, "  of which the JIT compiler threads"]
print("\n| µs of CPU per request | " + " | ".join(names) + " |")
print("|---|" + "---|" * len(names))
for row in rows:
    if any(share[name].get(row) for name in names):
        print(f"| {row} | " + " | ".join(f"{cpu[name] * share[name].get(row, 0):.1f}" for name in names) + " |")
print("| total | " + " | ".join(f"{cpu[name]:.1f}" for name in names) + " |")
for name in names:
    print(f"\n{name}: top frames by own samples")
    for frame, part in tops[name]:
        print(f"  {100 * part:5.1f} %  {frame[:110]}")
    print(f"  collapsed stacks: {work}/{name}.collapsed; flame graph: {work}/{name}-flamegraph.html")
PY
