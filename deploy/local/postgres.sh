# Sourced by run.sh and test.sh: find or start the local PostgreSQL and create roles and databases.
#
# Works with the machine's defaults as Debian ships them (peer auth on the socket for the postgres
# OS user, scram-sha-256 on TCP): administration runs as the postgres OS user over the socket, the
# services and tests connect over TCP with passwords.
#
# Settings (environment):
#   PGHOST / PGPORT           where PostgreSQL listens over TCP (default 127.0.0.1 / 5432)
#   PORTAL_DB_ADMIN_URL       a superuser connection URL to use instead of the postgres OS user,
#                             e.g. postgresql://postgres:secret@db.example:5432/postgres

PG_HOST=${PGHOST:-127.0.0.1}
PG_PORT=${PGPORT:-5432}

pg_say() { printf '%s\n' "$*" >&2; }

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3
  else
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
  fi
}

pg_is_local() { [[ $PG_HOST == 127.0.0.1 || $PG_HOST == localhost || $PG_HOST == ::1 ]]; }

pg_missing_help() {
  pg_say "No PostgreSQL answers on $PG_HOST:$PG_PORT."
  pg_say "  Debian/Ubuntu: sudo apt-get install postgresql   (then run this command again)"
  pg_say "  Elsewhere:     install PostgreSQL 15+ and start it, or point PGHOST/PGPORT at a server"
  pg_say "                 and PORTAL_DB_ADMIN_URL at a superuser login on it."
}

# Runs psql as a superuser with the given arguments.
pg_admin_psql() {
  if [[ -n ${PORTAL_DB_ADMIN_URL:-} ]]; then
    psql "$PORTAL_DB_ADMIN_URL" -X -q -v ON_ERROR_STOP=1 "$@"
  elif pg_is_local && [[ $(id -u) == 0 ]] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
  elif pg_is_local && id postgres >/dev/null 2>&1 && sudo -n -u postgres true 2>/dev/null; then
    (cd / && sudo -n -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
  else
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
  fi
}

# Starts the local Debian cluster listening on PG_PORT when nothing answers there.
pg_ensure_running() {
  pg_answers && return 0
  if ! pg_is_local || ! command -v pg_lsclusters >/dev/null 2>&1; then
    pg_missing_help
    return 1
  fi
  local version name port status
  while read -r version name port status _; do
    [[ $port == "$PG_PORT" ]] || continue
    pg_say "PostgreSQL $version/$name is $status; starting it."
    if [[ $(id -u) == 0 ]]; then
      pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null \
        || pg_ctlcluster "$version" "$name" start
    else
      sudo -n pg_ctlcluster "$version" "$name" start || {
        pg_say "Could not start it without a password: run 'sudo pg_ctlcluster $version $name start'."
        return 1
      }
    fi
    break
  done < <(pg_lsclusters --no-header 2>/dev/null)
  local waited=0
  until pg_answers; do
    if (( waited++ >= 30 )); then
      pg_missing_help
      return 1
    fi
    sleep 1
  done
}

pg_quote_literal() { printf "'%s'" "${1//\'/\'\'}"; }

# pg_ensure_role NAME PASSWORD [extra role options such as CREATEDB]
pg_ensure_role() {
  local name=$1 password
  password=$(pg_quote_literal "$2")
  local options="LOGIN PASSWORD $password ${3:-}"
  pg_admin_psql <<SQL
SELECT format('CREATE ROLE %I', '$name') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$name')
\gexec
ALTER ROLE "$name" $options;
SQL
}

# pg_ensure_database NAME OWNER
pg_ensure_database() {
  pg_admin_psql <<SQL
SELECT format('CREATE DATABASE %I OWNER %I', '$1', '$2') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$1')
\gexec
SQL
}

# pg_check_login NAME PASSWORD DATABASE: proves the password login over TCP works, as the services will use it.
pg_check_login() {
  if ! PGPASSWORD=$2 psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$1" -d "$3" -c 'select 1' >/dev/null; then
    pg_say "Role $1 cannot log in to $3 on $PG_HOST:$PG_PORT with its password."
    pg_say "Check pg_hba.conf allows 'host $3 $1 127.0.0.1/32 scram-sha-256' (Debian's default does)."
    return 1
  fi
}
