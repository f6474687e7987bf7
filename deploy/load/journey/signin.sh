#!/usr/bin/env bash
# identity's sign-in alone under load, once per JVM option set: what deploy/load/journey/run.sh found
# limits the journey, measured in about a minute per option set so that collectors and heaps can be compared.
#
# For each argument (JVM options; "NAME=value ...|options" also sets identity's environment, such as
# PORTAL_ARGON2_MAX_CONCURRENT=1): identity-service's fast-jar alone on a fresh database (signin_identity,
# role portal_test), one STARTUP account registered, then wrk -t2 -cC POST /api/identity/login (that
# account, the right password) for WARMUP s, then DURATION s measured: sign-ins/s, latency p50/p95/p99,
# non-2xx, identity's CPU per sign-in (/proc), its collections in the window (-Xlog:gc), its RSS after
# the load and its peak (VmHWM). With -XX:NativeMemoryTracking=summary the summary is kept in the work
# directory. Identity's own limits apply (at most portal.argon2.max-concurrent hashes at once, the rest
# queue up to 2 s and are then refused with 503): with C=4 on 2 cores sign-ins queue.
#
# Usage: deploy/load/journey/signin.sh "<options>" ["<options>" ...]   (env: C=4 WARMUP=15 DURATION=25)
# Needs java, wrk, psql, curl, python3; the identity fast-jar (./mvnw package -pl identity-service).
# Bounded: about 70 s per option set on this 2-core machine.
set -euo pipefail
C=${C:-4} WARMUP=${WARMUP:-15} DURATION=${DURATION:-25}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"
suite_require java wrk psql curl python3
[ $# -gt 0 ] || { echo "usage: $0 \"<JVM options>\" ..." >&2; exit 2; }
jar="$root/identity-service/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests -pl identity-service)
source "$root/deploy/local/postgres.sh"
pg_ensure_running
pg_ensure_role portal_test portal_test CREATEDB
suite_setup signin
cat > "$work/login.lua" <<'LUA'
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"founder@signin.bench","password":"a signin bench passphrase"}'
done = function(summary, latency, requests)
  io.write(string.format("RESULT req=%d req_s=%.1f p50=%.0f p95=%.0f p99=%.0f non2xx=%d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
LUA
p=$(free_port)
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, C=$C, ${DURATION} s after ${WARMUP} s"
echo
echo "| # | identity's environment and JVM options | sign-ins/s | p50 / p95 / p99 ms | non-2xx | CPU ms per sign-in | young collections (pauses ms) | full collections (pauses ms) | RSS after / peak MB | load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|"
n=0
for arg in "$@"; do
  n=$((n + 1)); envs=(); opts=$arg
  if [[ $arg == *"|"* ]]; then read -ra envs <<<"${arg%%|*}"; opts=${arg#*|}; fi
  pg_admin_psql -q -c "DROP DATABASE IF EXISTS signin_identity WITH (FORCE)" 2>/dev/null
  pg_ensure_database signin_identity portal_test >/dev/null
  env "${envs[@]}" QUARKUS_HTTP_PORT="$p" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/signin_identity" QUARKUS_DATASOURCE_USERNAME=portal_test \
    QUARKUS_DATASOURCE_PASSWORD=portal_test PORTAL_KEYS_ENCRYPTION_SECRET=signin-bench-keys-secret-0123 \
    PORTAL_EVENTS_CREDENTIAL=signin-bench-events PORTAL_NOTIFICATIONS_URL=http://127.0.0.1:9 \
    PORTAL_BOOTSTRAP_ADMIN_EMAIL=admin@signin.bench PORTAL_BOOTSTRAP_ADMIN_PASSWORD=correct-horse-battery-staple-42 \
    java $opts -Xlog:gc:file="$work/gc$n.log" -jar "$jar" >"$work/identity$n.log" 2>&1 &
  id=$!; pids+=($id)
  until curl -fs -o /dev/null "http://127.0.0.1:$p/q/health/ready"; do
    kill -0 $id 2>/dev/null || { echo "| $n | ${envs[*]} $opts | did not start: $(grep -m1 'Caused by' "$work/identity$n.log" | cut -c1-160) |"; continue 2; }
    sleep 0.2
  done
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$p/api/identity/register" -H 'Content-Type: application/json' \
    --data '{"email":"founder@signin.bench","displayName":"Signin Founder","country":"MY","password":"a signin bench passphrase","role":"STARTUP"}'
  wrk -t2 -c"$C" -d"${WARMUP}s" --timeout 10s -s "$work/login.lua" "http://127.0.0.1:$p/api/identity/login" >/dev/null
  g0=$(wc -l <"$work/gc$n.log"); c0=$(awk '{print $14 + $15}' /proc/$id/stat)
  line=$(wrk -t2 -c"$C" -d"${DURATION}s" --timeout 10s -s "$work/login.lua" "http://127.0.0.1:$p/api/identity/login" | grep '^RESULT')
  c1=$(awk '{print $14 + $15}' /proc/$id/stat)
  [[ $opts == *NativeMemoryTracking* ]] && jcmd $id VM.native_memory summary >"$work/nmt$n.txt" 2>&1
  eval "${line#RESULT }"   # req req_s p50 p95 p99 non2xx
  gc=$(tail -n +$((g0 + 1)) "$work/gc$n.log" | awk '/Pause/ {ms = $NF; sub(/ms$/, "", ms); if (/Pause Full/) {f++; fm += ms} else {y++; ym += ms}}
    END {printf "%d (%.0f) | %d (%.0f)", y, ym, f, fm}')
  mem=$(awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "%d / %d", r / 1024, h / 1024}' /proc/$id/status)
  cpu=$(awk -v a="$c0" -v b="$c1" -v r="$req" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", r ? (b - a) * 1000 / t / r : 0}')
  echo "| $n | ${envs[*]} $opts | $req_s | $p50 / $p95 / $p99 | $non2xx | $cpu | $gc | $mem | $(cut -d' ' -f1 /proc/loadavg) |"
  kill $id; wait $id 2>/dev/null || true
done
echo
echo "Logs, GC logs (and NMT summaries): $work" >&2
