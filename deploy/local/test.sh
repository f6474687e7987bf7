#!/usr/bin/env bash
# Runs every test of the suite against the local PostgreSQL (started if it is down).
# Extra arguments go to Maven, e.g. deploy/local/test.sh -pl funding-service -am
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/postgres.sh
source deploy/local/node.sh

require_node
pg_ensure_running
# The tests' role: each module's tests create their own database (identity_test, funding_test, ...).
pg_ensure_role portal_test portal_test CREATEDB
pg_check_login portal_test portal_test postgres

exec ./mvnw -B verify "$@"
