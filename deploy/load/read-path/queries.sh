#!/usr/bin/env bash
# The read paths' SQL alone against pgbench -S (docs/PERFORMANCE.md, "PostgreSQL's share"): the statements
# of CallReads and ApplicationReads as they are in the sources, with pgbench -M prepared (as pgjdbc runs
# them after a few uses), on the data run.sh leaves in funding_readpath. Run run.sh once first.
# Usage: deploy/load/read-path/queries.sh   (env: DURATION=8 CONNECTIONS=16 THREADS=2)
set -euo pipefail
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
source "$root/deploy/local/postgres.sh"
export PGPASSWORD=portal_test
work="$(mktemp -d /tmp/read-path-queries.XXXXXX)"
src="$root/funding-service/src/main/java/org/jointfunding/funding"
python3 - "$src" "$work" <<'PY'
import re, sys
src, work = sys.argv[1:3]
call = open(f"{src}/calls/CallReads.java").read()
columns = re.search(r'VIEW_COLUMNS = """\n(.*?)""";', call, re.S).group(1)
open(f"{work}/call.sql", "w").write("select " + " ".join(columns.split()) + " from joint_call c where c.id = :id;\n")
application = open(f"{src}/applications/ApplicationReads.java").read()
statement = re.search(r'BY_ID = """\n(.*?)""";', application, re.S).group(1)
open(f"{work}/application.sql", "w").write(" ".join(statement.replace("?", ":id").split()) + ";\n")
PY
q() { psql -X -h "$PG_HOST" -p "$PG_PORT" -U portal_test -d funding_readpath -tAc "$1"; }
call=$(q "select id from joint_call order by closes_at, id limit 1")
application=$(q "select id from application limit 1")
bench() { # label, pgbench arguments...
  local label=$1; shift
  printf '%-40s %s\n' "$label" "$(pgbench -n -M prepared -c"$CONNECTIONS" -j"$THREADS" -T"$DURATION" -h "$PG_HOST" -p "$PG_PORT" \
    -U portal_test "$@" 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1 TPS/p')"
}
bench "pgbench -S" -S pgbench_readpath
bench "call by id (CallReads)" -D id="$call" -f "$work/call.sql" funding_readpath
bench "application by id (ApplicationReads)" -D id="$application" -f "$work/application.sql" funding_readpath
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); statements in $work" >&2
