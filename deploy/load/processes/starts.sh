#!/usr/bin/env bash
# One change to a service's start against the run command's start, in the same run (issue 20, target 2):
# does it take time off "starts alone to ready"?
#
# The candidate is other JVM options or settings (CANDIDATE_OPTS, added after the run command's options:
# -Dquarkus.<property>=... overrides a setting), or another checkout's build of the services
# (CANDIDATE_ROOT, packaged as the run command packages them), or both. Every service named (default: the
# four services) is started alone, as deploy/load/processes/run.sh starts it (deploy/load/common/suite.sh:
# its own fresh database, one per variant, a free port, the run command's JVM options, its aot-jar in target/run-app with a
# class archive of its own first start), first once per variant to migrate the database and write that
# variant's archive, then ROUNDS times per variant, the variants alternating and the first of each round
# swapping, so the machine's load touches both alike: launch to the first 200 of /q/health/ready, the
# CPU seconds spent until then, RSS when ready. The table gives medians and the candidate's ratio.
#
# Usage: CANDIDATE_OPTS="-Dquarkus.flyway.validate-on-migrate=false" deploy/load/processes/starts.sh [service...]
#        CANDIDATE_ROOT=<another checkout> deploy/load/processes/starts.sh identity
#        (env: ROUNDS=5, and as run.sh: PROCESS_JAVA_OPTS="..." for all, IDENTITY_JAVA_OPTS="..." ... for one).
#        Needs psql, curl, python3, java; installs nothing (packages a checkout's aot-jars into target/run-app
#        when they are missing, ~4 min). Bounded: 2 x (ROUNDS + 1) starts of 2-15 s per service: about
#        4 minutes for the four services with the defaults on a quiet machine.
set -euo pipefail

ROUNDS=${ROUNDS:-5}
CANDIDATE_OPTS=${CANDIDATE_OPTS:-}
CANDIDATE_ROOT=${CANDIDATE_ROOT:-}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/load/common/suite.sh"   # the five processes, wired as deploy/local/run.sh wires them
if [ $# -gt 0 ]; then services=("$@"); else services=(identity funding mentorship notification); fi
for s in "${services[@]}"; do
  [[ " ${suite_services[*]} " == *" $s "* ]] || { echo "Unknown service $s (one of: ${suite_services[*]})" >&2; exit 2; }
done
if [ -z "$CANDIDATE_OPTS" ] && [ -z "$CANDIDATE_ROOT" ]; then
  echo "Name the candidate: CANDIDATE_OPTS=\"...\" and/or CANDIDATE_ROOT=<another checkout>" >&2; exit 2
fi
suite_require psql java python3 curl

declare -A variant_root=([base]="$root" [candidate]="$(cd "${CANDIDATE_ROOT:-$root}" && pwd)")
suite_app=run-app   # deploy/local/run.sh's package: an aot-jar, whose classes the JVM can archive
for v in base candidate; do
  (root=${variant_root[$v]}; suite_ensure_jars "Packaging $root's services as the run command does (aot-jars in target/run-app)..." \
    -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=run-app)
done

suite_setup starts
suite_databases starts_candidate   # each variant its own databases: a candidate's new migrations would stop the base's start
suite_databases starts_base
suite_ports
for s in "${services[@]}"; do suite_opts[$s]=$(suite_java_opts "$s" PROCESS_JAVA_OPTS); done
declare -A base_opts
for s in "${services[@]}"; do base_opts[$s]=${suite_opts[$s]}; done

settings() { # the run command's wiring; no access log, as the other benchmarks
  suite_settings "$1"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_HTTP_ACCESS_LOG_ENABLED=false"
}

launch() { # service variant attempt: a variant's first start writes the class archive its later starts use
  local archive=("-XX:ArchiveClassesAtExit=$work/$1.$2.jsa" -Xlog:cds=off)
  [ "$3" = 0 ] || archive=(-Xshare:on "-XX:SharedArchiveFile=$work/$1.$2.jsa")
  suite_opts[$1]=${base_opts[$1]}
  [ "$2" = base ] || suite_opts[$1]+=" $CANDIDATE_OPTS"
  local own_root=$root
  root=${variant_root[$2]} suite_db_prefix=starts_$2
  suite_launch "$1" "$work/$1.$2.log" settings "${archive[@]}"; root=$own_root
}
stop() { kill "${pid[$1]}" 2>/dev/null || true; while kill -0 "${pid[$1]}" 2>/dev/null; do sleep 0.1; done; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '$1 == "VmRSS:" {print $2}' "/proc/$1/status"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

results="$work/results.txt"
start() { # service variant attempt
  local t0 t1
  t0=$(now_ms); launch "$@"; suite_await_ready "$1" 120; t1=$(now_ms)
  echo "$1 $2 $3 ms=$((t1 - t0)) cpu_ticks=$(cpu_ticks "${pid[$1]}") rss_kb=$(rss_kb "${pid[$1]}")" | tee -a "$results" >&2
  stop "$1"
  if [ "$3" = 0 ] && [ ! -s "$work/$1.$2.jsa" ]; then echo "$1 ($2) wrote no class archive (log: $work/$1.$2.log)" >&2; exit 1; fi
}

for s in "${services[@]}"; do
  start "$s" base 0; start "$s" candidate 0
  for round in $(seq 1 "$ROUNDS"); do
    if (( round % 2 )); then start "$s" base "$round"; start "$s" candidate "$round"
    else start "$s" candidate "$round"; start "$s" base "$round"; fi
  done
done

python3 - "$results" "$(getconf CLK_TCK)" "${base_opts[${services[0]}]}" "$CANDIDATE_OPTS" "${CANDIDATE_ROOT:+${variant_root[candidate]}}" <<'PY'
import os, statistics, sys
path, ticks, base_opts, candidate_opts, candidate_root = sys.argv[1], float(sys.argv[2]), *sys.argv[3:]
runs = {}
for line in open(path):
    name, variant, attempt, *fields = line.split()
    if attempt != "0":
        runs.setdefault((name, variant), []).append({k: float(v) for k, v in (f.split("=") for f in fields)})
print(f"{os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f}; the run command's JVM options: {base_opts or '(the JVM defaults)'}")
print("Candidate: " + " and ".join(filter(None, [candidate_opts and f"these options added: {candidate_opts}",
                                                 candidate_root and f"the build of {candidate_root}"])))
print(f"Each start alone from the aot-jar with its variant's class archive; medians of {os.environ.get('ROUNDS', '5')} starts per variant.\n")
print("| service | base s to ready (CPU s) | candidate s to ready (CPU s) | candidate / base, wall / CPU | RSS ready MB base / candidate |")
print("|---|---|---|---|---|")
for name in dict.fromkeys(n for n, _ in runs):
    med = lambda variant, key: statistics.median(r[key] for r in runs[(name, variant)])
    b, c = (med(v, "ms") / 1000 for v in ("base", "candidate"))
    bc, cc = (med(v, "cpu_ticks") / ticks for v in ("base", "candidate"))
    print(f"| {name} | {b:.2f} ({bc:.1f}) | {c:.2f} ({cc:.1f}) | {c / b:.2f} / {cc / bc:.2f} "
          f"| {med('base', 'rss_kb') / 1024:.0f} / {med('candidate', 'rss_kb') / 1024:.0f} |")
print("\nTarget 2: each service starts alone to ready in <= 2.5 s.")
PY
echo "Raw results and logs: $work" >&2
