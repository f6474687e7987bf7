# The five packaged processes for a benchmark, started and wired as deploy/local/run.sh wires them,
# each service on a fresh database of its own and every process on a free port. Sourced by
# deploy/load/journey/run.sh and deploy/load/processes/run.sh, with $root (the repository) set.
#
#   suite_require tool...            exits 2 naming what is missing
#   suite_ensure_jars "message" mvn-args...   packages the five (no install) if one is missing from
#                                    target/$suite_app (default quarkus-app, the fast-jars)
#   suite_setup <prefix>             $work: a fresh /tmp/<prefix>.XXXXXX; every pid added to $pids is
#                                    killed on exit
#   suite_databases <prefix>         drops and creates <prefix>_identity, _funding, _mentorship,
#                                    _notification (role portal_test), on deploy/local/postgres.sh's server
#   suite_ports                      a free port per process: port[<service>], url <service>
#   suite_java_opts <service> <VAR>  the JVM options of <service>: ${SERVICE}_JAVA_OPTS if set (empty: the
#                                    JVM's defaults), else $VAR if set (all five), else the run command's
#                                    (deploy/local/run.sh's DEFAULT_JAVA_OPTS, its TRIM_JAVA_OPTS when
#                                    the java has them, and its QUICK_JIT_OPTS for the QUICK_JIT_MODULES:
#                                    suite_default_java_opts <service>)
#   suite_settings <service>         its environment, one NAME=value a line: port, database, events
#                                    credential, JWKS and the other services' URLs, identity's secrets
#                                    and bootstrap admin ($suite_admin_email / $suite_admin_password),
#                                    notification with e-mail off, MALLOC_ARENA_MAX=1 where run.sh sets it
#                                    (ONE_ARENA_MODULES); the caller adds its own lines
#   suite_launch <service> <log> <settings-function> [java args...]
#                                    starts the fast-jar with the options of suite_java_opts (read from
#                                    $suite_opts[<service>]) and the environment the settings function
#                                    prints for <service>, output appended to <log>; pid[<service>], pids.
#                                    $suite_java (default java) and $suite_app (the package directory under
#                                    target/, default quarkus-app) start another JVM or packaging. A
#                                    second replica is named <service>@<n>: the same module, with the
#                                    port[<service>@<n>], options and settings the caller gives it
#   suite_await_ready <service> <seconds>   until /q/health/ready answers 200; exits 1 (with the end of
#                                    the log) if the process stops or the time runs out
# The services are identity, funding, mentorship, notification, gateway (their modules:
# <service>-service, and gateway).

suite_services=(identity funding mentorship notification gateway)

suite_module() { [ "$1" = gateway ] && echo gateway || echo "$1-service"; }

suite_require() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing: ${missing[*]}. On Debian: apt-get install openjdk-17-jdk-headless postgresql-client curl python3 wrk" >&2
    exit 2
  fi
}

suite_ensure_jars() { # message, then the arguments of ./mvnw package
  local message=$1 s; shift
  for s in "${suite_services[@]}"; do
    if [ ! -f "$root/$(suite_module "$s")/target/${suite_app:-quarkus-app}/quarkus-run.jar" ]; then
      echo "$message" >&2
      (cd "$root" && ./mvnw -B -q package "$@")
      return
    fi
  done
}

suite_setup() {
  work="$(mktemp -d "/tmp/$1.XXXXXX")"
  pids=()
  trap suite_cleanup EXIT INT TERM
}

suite_cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

suite_databases() { # prefix
  source "$root/deploy/local/postgres.sh"
  pg_ensure_running
  pg_ensure_role portal_test portal_test CREATEDB
  suite_db_prefix=$1
  local db
  for db in identity funding mentorship notification; do
    pg_admin_psql -c "DROP DATABASE IF EXISTS ${1}_$db WITH (FORCE)"
    pg_ensure_database "${1}_$db" portal_test
  done
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

declare -A port pid suite_opts
suite_ports() {
  local s
  for s in "${suite_services[@]}"; do port[$s]=$(free_port); done
}
url() { echo "http://127.0.0.1:${port[$1]}"; }

suite_run_command_opts() { # the value of one NAME="..." line of deploy/local/run.sh
  sed -n "s/^$1=\"\(.*\)\"\$/\1/p" "$root/deploy/local/run.sh"
}

suite_default_java_opts() { # [service]: the run command's options for every service, completed for this java as it
  # completes them, and for a service it compiles with C1 only (QUICK_JIT_MODULES) the option that says so
  local opts trim module=${1-}-service
  opts=$(suite_run_command_opts DEFAULT_JAVA_OPTS) trim=$(suite_run_command_opts TRIM_JAVA_OPTS)
  "${suite_java:-java}" $trim -version >/dev/null 2>&1 && opts+=" $trim"
  [[ -n ${1-} && " $(suite_run_command_opts QUICK_JIT_MODULES) " == *" $module "* ]] && opts+=" $(suite_run_command_opts QUICK_JIT_OPTS)"
  echo "$opts"
}

suite_java_opts() { # service, name of the variable that overrides all five
  local own=${1^^}_JAVA_OPTS all=$2
  if [ -n "${!own+set}" ]; then echo "${!own}"
  elif [ -n "${!all+set}" ]; then echo "${!all}"
  else suite_default_java_opts "$1"
  fi
}

suite_admin_email=portal-admin@bench.test
suite_admin_password="bench-passphrase-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
suite_credential="bench-events-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

suite_settings() { # service
  echo "QUARKUS_HTTP_PORT=${port[$1]}"
  if [ "$1" != gateway ]; then
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/${suite_db_prefix}_$1"
    echo "QUARKUS_DATASOURCE_USERNAME=portal_test"
    echo "QUARKUS_DATASOURCE_PASSWORD=portal_test"
    echo "PORTAL_EVENTS_CREDENTIAL=$suite_credential"
  fi
  [[ $1 == identity || $1 == gateway ]] || echo "PORTAL_IDENTITY_JWKS_URL=$(url identity)/api/identity/jwks"
  [[ $1 == notification || $1 == gateway ]] || echo "PORTAL_NOTIFICATIONS_URL=$(url notification)"
  [[ " $(suite_run_command_opts ONE_ARENA_MODULES) " == *" $(suite_module "$1") "* ]] && echo "MALLOC_ARENA_MAX=1"
  case $1 in
    identity) echo "PORTAL_KEYS_ENCRYPTION_SECRET=keys-$suite_credential"
              echo "PORTAL_BOOTSTRAP_ADMIN_EMAIL=$suite_admin_email"
              echo "PORTAL_BOOTSTRAP_ADMIN_PASSWORD=$suite_admin_password" ;;
    funding) echo "PORTAL_MENTORSHIP_URL=$(url mentorship)" ;;
    notification) echo "PORTAL_IDENTITY_URL=$(url identity)"
                  echo "PORTAL_PUBLIC_URL=$(url gateway)"
                  echo "PORTAL_MAIL_ENABLED=false" ;;
    gateway) local s
             for s in identity funding mentorship; do echo "GATEWAY_UPSTREAMS_${s^^}_URL=$(url "$s")"; done
             echo "GATEWAY_UPSTREAMS_NOTIFICATIONS_URL=$(url notification)" ;;
  esac
}

suite_launch() { # service log settings-function [java args...]
  local service=$1 log=$2 settings=$3; shift 3
  local -a vars
  mapfile -t vars < <("$settings" "$service")
  env "${vars[@]}" "${suite_java:-java}" ${suite_opts[$service]} "$@" \
    -jar "$root/$(suite_module "${service%@*}")/target/${suite_app:-quarkus-app}/quarkus-run.jar" >>"$log" 2>&1 &
  pid[$service]=$!
  pids+=($!)
}

suite_await_ready() { # service seconds
  local deadline=$(( $(date +%s) + $2 ))
  until curl -fs -o /dev/null "$(url "$1")/q/health/ready"; do
    if ! kill -0 "${pid[$1]}" 2>/dev/null || (( $(date +%s) >= deadline )); then
      echo "$1 did not become ready; the end of its log ($work/$1.log):" >&2
      tail -30 "$work/$1.log" >&2
      exit 1
    fi
    sleep 0.05
  done
}
