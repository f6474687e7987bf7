#!/usr/bin/env bash
# The web client's performance budget against a running suite (deploy/local/run.sh):
#   deploy/load/web-client/run.sh [http://localhost:8080]
# Prints the first page's JavaScript (gzip) and the median time until the call list is usable;
# exits 1 when a budget is exceeded. Needs the suite's demo data (an open call) and the web
# client's node_modules (the build installs them).
set -euo pipefail
cd "$(dirname "$0")"
exec node budget.mjs "${1:-http://localhost:8080}"
