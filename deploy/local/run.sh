#!/usr/bin/env bash
# Runs the whole suite on this machine: builds it, makes sure the three databases and their roles
# exist on the local PostgreSQL (starting it if it is down), starts the five services, waits until
# they are healthy, loads the demo data once and says where to go. Ctrl-C stops everything.
#
# Options:  (none)       build when the sources changed since the last build, then start
#           --build      build even if nothing changed
#           --no-build   start what was built last time
#           --reset      drop the three databases and the generated secrets first (fresh demo data)
# Settings: PGHOST/PGPORT, PORTAL_DB_ADMIN_URL (see deploy/local/postgres.sh); JAVA_OPTS;
#           GATEWAY_RATE_LIMIT_STORE=redis (with GATEWAY_RATE_LIMIT_REDIS_URL, default
#           redis://127.0.0.1:6379) to keep the gateway's rate limits in Redis, as several replicas
#           do; by default they stay in the gateway's memory (one replica).
#
# Class archives (issue 20, target 2; docs/PERFORMANCE.md, "The run command's class archives"): each
# service is packaged as Quarkus' aot-jar (its classes on the JVM's class path) in target/run-app, and
# started with a dynamic AppCDS archive of the classes its previous start loaded, .deploy-run/cds/<module>.jsa,
# so the JVM maps them instead of loading, verifying and linking them again. The first start after a build
# has none: it writes one as it stops (Ctrl-C), for the next start. An archive made by another java or for
# other jars is refused by the JVM, which then loads the classes as usual.
#
# The generated secrets (database passwords, the key that encrypts identity's signing keys, the
# events credential, the admin password) belong with the databases, which are per machine: they
# are kept in ~/.local/state/joint-funding-portal/secrets.env, shared by every checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/postgres.sh
source deploy/local/node.sh

LOGS=.deploy-run/logs        # ignored by git
# Every service's JVM options unless JAVA_OPTS is set (it replaces them; JAVA_OPTS= gives the JVM's own
# defaults). Lean processes (issue 20): a serial collector and bounded heap, metaspace, code cache and
# thread stacks; deploy/load/read-path/run.sh starts funding with them and measures RSS and start time
# (docs/PERFORMANCE.md, "Read paths and lean processes"; identity's too since its Argon2id runs outside
# the Java heap, "Native Argon2id"). The Tier4 thresholds, three times the JVM's, keep the optimising compiler
# (C2) off most of the start on two cores: 0.17-0.30 s and 12-20 % of the CPU less to ready, the user journey
# no slower ("Every process", runs 15 and 16; ten times cost the journey 10-39 %, runs 11-14). C2 inlining
# nine calls deep (the JVM's default before JDK 14; 15 since) keeps its largest compilation at about 30 MB of
# native memory instead of 50, which each process's peak RSS includes: peaks up to 22 MB lower, the user
# journey no different within its spread ("Every process", runs 17-21; journey runs 14-17). Inlining only smaller
# methods (FreqInlineSize 150 instead of 325, InlineSmallCode 1000 instead of 2500) shrinks them again, and a heap
# left 20-40 % free after a collection (instead of 40-70 %) grows less: funding's peak under the read-path load
# 247-255 MB instead of 270-275, the CPU of its reads the same ("Smaller inlining and a tighter heap"). A young
# generation fixed at 12 MB (the serial collector grew it to 16 under load) takes 3-10 MB more off every peak,
# funding's 246-249 MB instead of 251-255, for about 1 µs of collection a read ("A smaller young generation").
# Keep each of these lines one line: deploy/load/common/suite.sh reads them.
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -Xms32m -Xmx128m -Xmn12m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000 -XX:MaxInlineLevel=9 -XX:FreqInlineSize=150 -XX:InlineSmallCode=1000 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
# Added when this java has it (JDK 17.0.9 and later; older ones refuse to start with it): every 5 s the JVM
# gives native memory freed after a burst back to the system, 24-50 MB a process after a load
# (docs/PERFORMANCE.md, "Every process", runs 2 and 7).
TRIM_JAVA_OPTS="-XX:TrimNativeHeapInterval=5000"
java $TRIM_JAVA_OPTS -version >/dev/null 2>&1 && DEFAULT_JAVA_OPTS+=" $TRIM_JAVA_OPTS"
# Identity and notification compile with the quick compiler (C1) only: their requests are small and mostly
# waits (the database, native Argon2id), so they cost about the same without the optimising compiler
# (a sign-in 42-44 ms of CPU against 42, /me 11 % more, the unread count 4 %), and each peaks about 50 MB lower
# and starts on less CPU. Funding (its reads from memory: 3 times the CPU) and mentorship (matching: 1.5-2.2
# times as long) keep both compilers (docs/PERFORMANCE.md, "The quick compiler for identity and notification").
QUICK_JIT_OPTS="-XX:TieredStopAtLevel=1"
QUICK_JIT_MODULES="identity-service notification-service"
# Identity's environment adds MALLOC_ARENA_MAX=1: each Argon2id hash mallocs 19 MiB, and glibc keeps a freed block
# in the arena of the thread that hashed, one per hashing thread for good (38 MB on two cores); in the one main
# arena the JVM's TrimNativeHeapInterval gives it back a few seconds after the last sign-in. Identity under its
# /me load after the benchmark's sign-ins: 214 MB instead of 253 (peak 242 instead of 256), sign-ins' CPU the same
# (docs/PERFORMANCE.md, "Identity's Argon2id memory in one arena"). Mapping each block afresh instead
# (MALLOC_MMAP_THRESHOLD_) costs a sign-in 2.7-3 times the CPU on this machine, whose first touches of fresh
# memory are slow.
ONE_ARENA_MODULES="identity-service"
SECRETS=${XDG_STATE_HOME:-$HOME/.local/state}/joint-funding-portal/secrets.env
APP=target/run-app           # each module's package (an aot-jar), beside Maven's own target/quarkus-app
CDS=.deploy-run/cds          # the class archives
BUILT=.deploy-run/built      # what the last build was made from
SERVICES=(identity-service:8081 funding-service:8082 mentorship-service:8083 notification-service:8084 gateway:8080)
DATABASES=(identity funding mentorship notification)
build=auto reset=false
for option in "$@"; do
  case $option in
    --build) build=true ;;
    --no-build) build=false ;;
    --reset) reset=true ;;
    *) echo "usage: $0 [--build | --no-build] [--reset]" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m%s\033[0m\n' "$*"; }
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
BUILD_COMMAND="./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=${APP#target/}"
# Every file git would commit (tracked or not, ignored ones left out), by content, and the build command:
# equal to the last build's, and the packages there, means nothing needs building. Empty outside a git
# checkout (always build).
sources_digest() {
  git rev-parse --is-inside-work-tree >/dev/null 2>&1 || return 0
  { echo "$BUILD_COMMAND"; git ls-files -co --exclude-standard -z | xargs -0 sha1sum 2>/dev/null; } | sha1sum | cut -d' ' -f1
}
packaged() { local service; for service in "${SERVICES[@]}"; do [[ -f ${service%:*}/$APP/quarkus-run.jar ]] || return 1; done; }

for service in "${SERVICES[@]}"; do
  port=${service#*:}
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "Port $port is already in use (is the suite already running?). Stop that process first."
    exit 1
  fi
done
command -v java >/dev/null || { say "Java 17 or newer is needed: sudo apt-get install openjdk-17-jdk-headless"; exit 1; }
command -v psql >/dev/null || { say "psql is needed: sudo apt-get install postgresql-client"; exit 1; }
digest=$(sources_digest)
if [[ $build == auto ]]; then
  build=true
  [[ -n $digest && $digest == "$(cat "$BUILT" 2>/dev/null)" ]] && packaged && build=false
fi
$build && require_node

mkdir -p "$LOGS" "$(dirname "$SECRETS")"
if [[ ${GATEWAY_RATE_LIMIT_STORE:-memory} == [Rr][Ee][Dd][Ii][Ss] ]]; then
  redis_at=${GATEWAY_RATE_LIMIT_REDIS_URL:-redis://127.0.0.1:6379}
  redis_at=${redis_at#*://}; redis_at=${redis_at##*@}; redis_at=${redis_at%%/*}; redis_at=${redis_at%%\?*}
  [[ $redis_at == *:* ]] || redis_at=$redis_at:6379
  if timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "${redis_at%:*}" "${redis_at##*:}" 2>/dev/null; then
    say "Gateway rate limits in Redis at $redis_at"
  else
    say "No Redis answers at $redis_at: the gateway limits in its own memory until one does"
  fi
fi
say "PostgreSQL on $PG_HOST:$PG_PORT"
pg_ensure_running
if $reset; then
  say "Dropping the portal's databases and secrets"
  for db in "${DATABASES[@]}"; do
    pg_admin_psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  done
  rm -f "$SECRETS"
fi
if [[ ! -f $SECRETS ]]; then
  if [[ $(pg_admin_psql -tAc "SELECT count(*) FROM pg_database WHERE datname = 'identity'") != 0 ]]; then
    say "The portal's databases exist, but not the secrets they were made with ($SECRETS)."
    say "Copy that file from the machine or account that created them, or start afresh: $0 --reset"
    exit 1
  fi
  umask 077
  cat > "$SECRETS" <<SECRETS
IDENTITY_DB_PASSWORD=$(secret)
FUNDING_DB_PASSWORD=$(secret)
MENTORSHIP_DB_PASSWORD=$(secret)
NOTIFICATION_DB_PASSWORD=$(secret)
PORTAL_KEYS_ENCRYPTION_SECRET=$(secret)
PORTAL_EVENTS_CREDENTIAL=$(secret)
PORTAL_BOOTSTRAP_ADMIN_PASSWORD=$(secret)
SECRETS
  umask 022
fi
set -a; source "$SECRETS"; set +a
# a database added since the secrets were written (notification) gets its password now
for db in "${DATABASES[@]}"; do
  password_var=${db^^}_DB_PASSWORD
  if [[ -z ${!password_var:-} ]]; then
    (umask 077; echo "$password_var=$(secret)" >> "$SECRETS")
    set -a; source "$SECRETS"; set +a
  fi
done
export PORTAL_BOOTSTRAP_ADMIN_EMAIL=${PORTAL_BOOTSTRAP_ADMIN_EMAIL:-admin@portal.local}

for db in "${DATABASES[@]}"; do
  password_var=${db^^}_DB_PASSWORD
  pg_ensure_role "$db" "${!password_var}"
  pg_ensure_database "$db" "$db"
  pg_check_login "$db" "${!password_var}" "$db"
done

if $build; then
  say "Building (log: $LOGS/build.log)"
  rm -f "$BUILT"
  $BUILD_COMMAND > "$LOGS/build.log" 2>&1 || { tail -40 "$LOGS/build.log"; say "Build failed"; exit 1; }
  [[ -z $digest ]] || echo "$digest" > "$BUILT"
elif ! packaged; then
  say "Nothing built yet in */$APP: run $0 without --no-build"; exit 1
else
  say "Sources unchanged since the last build: starting it (--build to build anyway)"
fi

pids=() training=()
stop_all() {
  trap - INT TERM EXIT
  if (( ${#pids[@]} )); then
    say "Stopping the suite${training[*]:+ (writing the class archives for the next start)}"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  local module
  for module in "${training[@]}"; do keep_archive "$module"; done
}
# The JVM options for the module's class archive: use it if it is newer than the package, else write one
# as the JVM exits (to a new file, kept only if the JVM can map it: a cut-short archive would crash it).
# None when JAVA_OPTS decides about sharing itself (-Xshare:off, an archive of its own).
archive_options() { # module
  [[ ${JAVA_OPTS-} == *-Xshare:* || ${JAVA_OPTS-} == *SharedArchiveFile* || ${JAVA_OPTS-} == *ArchiveClassesAtExit* ]] && return
  local archive=$CDS/$1.jsa
  if [[ -s $archive && $archive -nt $1/$APP/quarkus-run.jar ]]; then
    echo "-Xshare:auto -XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive" "$archive.new"
    echo "-XX:ArchiveClassesAtExit=$archive.new -Xlog:cds=off"
  fi
}
java_options() { # module: JAVA_OPTS if set, else the defaults (and QUICK_JIT_OPTS for the QUICK_JIT_MODULES)
  if [[ -n ${JAVA_OPTS+set} ]]; then echo "$JAVA_OPTS"
  elif [[ " $QUICK_JIT_MODULES " == *" $1 "* ]]; then echo "$DEFAULT_JAVA_OPTS $QUICK_JIT_OPTS"
  else echo "$DEFAULT_JAVA_OPTS"
  fi
}
keep_archive() { # module
  local archive=$CDS/$1.jsa
  if [[ -s $archive.new ]] && java $(java_options "$1") -Xshare:on "-XX:SharedArchiveFile=$archive.new" \
      -cp "$1/$APP/quarkus-run.jar" -version >/dev/null 2>&1; then
    mv "$archive.new" "$archive"
  else
    rm -f "$archive.new"
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

start() {
  local module=$1 db=${1%-service}
  local password_var=${db^^}_DB_PASSWORD archive
  archive=$(archive_options "$module")
  (
    if [[ $module != gateway ]]; then
      export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db"
      export QUARKUS_DATASOURCE_USERNAME=$db QUARKUS_DATASOURCE_PASSWORD=${!password_var}
    fi
    [[ " $ONE_ARENA_MODULES " == *" $module "* ]] && export MALLOC_ARENA_MAX=1
    exec java $(java_options "$module") $archive -jar "$module/$APP/quarkus-run.jar"
  ) > "$LOGS/$module.log" 2>&1 &
  pids+=($!)
  [[ $archive == *ArchiveClassesAtExit* ]] && training+=("$module")
  return 0
}

mkdir -p "$CDS"
for service in "${SERVICES[@]}"; do
  start "${service%:*}"
done

say "Waiting for the services to be ready"
for service in "${SERVICES[@]}"; do
  module=${service%:*} port=${service#*:}
  for ((waited = 0; ; waited++)); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    if (( waited >= 240 )) || ! kill -0 "${pids[@]}" 2>/dev/null; then
      say "$module did not become ready; the end of $LOGS/$module.log:"
      tail -30 "$LOGS/$module.log"
      exit 1
    fi
    sleep 1
  done
  echo "  $module ready on :$port"
done

say "Demo data"
deploy/local/demo-data.sh load

cat <<DONE

$(say "The portal is running.")
  Web client and API   http://localhost:8080/
  API documentation    http://localhost:8080/q/swagger-ui   (contracts: http://localhost:8080/openapi)
  Services directly    identity :8081, funding :8082, mentorship :8083, notification :8084 (health: /q/health, metrics: /q/metrics)
  Logs                 $LOGS/<service>.log
  Administrator        $PORTAL_BOOTSTRAP_ADMIN_EMAIL / $PORTAL_BOOTSTRAP_ADMIN_PASSWORD
$(deploy/local/demo-data.sh logins)

Press Ctrl-C to stop all five services.
DONE
wait -n "${pids[@]}" || true
say "A service stopped unexpectedly; see $LOGS."
