#!/usr/bin/env bash
# Where a service's peak RSS comes from (issue 20, target 2): starts identity, and SERVICE beside it unless it
# is identity, from the run command's packages with its JVM options (+ EXTRA_JAVA_OPTS) and, in SERVICE only,
# Native Memory Tracking and the JIT's memory statistics per compilation (-XX:CompileCommand=MemStat); loads
# SERVICE's read of deploy/load/processes/run.sh (wrk -t2 -c16 for DURATION s, a startup's token); then prints
# SERVICE's RSS and peak (VmRSS, VmHWM) when ready and after the load, NMT's summary (each category with its
# peak) and the compilations that needed the most memory (jcmd Compiler.memory).
#
# Usage: PEAK_JAVA=<a JDK 22 or later's java> deploy/load/processes/peak.sh [identity|mentorship|notification]
#        (default mentorship; env: DURATION=40 EXTRA_JAVA_OPTS="..."). MemStat and NMT's peaks need JDK 22 or
#        later, so this runs the services on PEAK_JAVA (default: the java on the PATH, refused if older); the
#        jcmd beside it reads them. Needs wrk, psql, curl, python3. About two minutes.
set -euo pipefail

SERVICE=${1:-mentorship}
DURATION=${DURATION:-40}
case $SERVICE in identity|mentorship|notification) ;; *) echo "SERVICE: identity, mentorship or notification" >&2; exit 2 ;; esac

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"
suite_require wrk psql python3 curl
suite_java=${PEAK_JAVA:-java}
jcmd="$(dirname "$(readlink -f "$(command -v "$suite_java")")")/jcmd"
version=$("$suite_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${version%%.*}" -lt 22 ]; then
  echo "PEAK_JAVA must be a java of JDK 22 or later (MemStat, NMT's peaks); $suite_java is $version" >&2; exit 2
fi
suite_app=run-app
suite_ensure_jars "Packaging the services as the run command does (aot-jars in target/run-app)..." \
  -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=run-app

suite_setup peak
suite_databases peak
suite_ports
for s in "${suite_services[@]}"; do suite_opts[$s]="$(suite_default_java_opts "$s") ${EXTRA_JAVA_OPTS:-}"; done
settings() { suite_settings "$1"; echo "QUARKUS_HTTP_HOST=127.0.0.1"; echo "QUARKUS_HTTP_ACCESS_LOG_ENABLED=false"; }
diagnostics=(-XX:NativeMemoryTracking=summary "-XX:CompileCommand=MemStat,*::*" -XX:CompileCommand=quiet)

if [ "$SERVICE" = identity ]; then
  suite_launch identity "$work/identity.log" settings "${diagnostics[@]}"; suite_await_ready identity 120
else
  suite_launch identity "$work/identity.log" settings; suite_await_ready identity 120
  suite_launch "$SERVICE" "$work/$SERVICE.log" settings "${diagnostics[@]}"; suite_await_ready "$SERVICE" 120
fi
p=${pid[$SERVICE]}
memory() { awk '$1 == "VmRSS:" || $1 == "VmHWM:" {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$p/status"; echo; }
echo "ready: $(memory)"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -fsS -X POST "$(url identity)$1" -H 'Content-Type: application/json' --data "$2"; }
post /api/identity/register '{"email":"founder@peak.bench","displayName":"Peak Founder","country":"MY",
  "password":"a peak bench passphrase","role":"STARTUP"}' >/dev/null
token=$(post /api/identity/login '{"email":"founder@peak.bench","password":"a peak bench passphrase"}' | json '["access_token"]')
declare -A read=([identity]=/api/identity/me [mentorship]=/api/mentorship/requests [notification]=/api/notifications/unread-count)
wrk -t2 -c16 -d"${DURATION}s" -H "Authorization: Bearer $token" "$(url "$SERVICE")${read[$SERVICE]}" | grep 'Requests/sec'
echo "after the load: $(memory)"
"$jcmd" "$p" VM.native_memory summary | sed -n '/^Total/,$p'
"$jcmd" "$p" Compiler.memory | sed -n '1,14p' | cut -c1-220
