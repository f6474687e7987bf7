# Sourced by run.sh and test.sh: the web client (gateway/src/main/webui) is built with the Node.js
# and npm on the PATH; Vite needs Node 20.19 or newer. Nothing is downloaded to get them.
require_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node.js 20.19+ and npm are needed to build the web client (https://nodejs.org/ or your distribution's packages)." >&2
    exit 1
  fi
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "Node.js $(node --version) is too old to build the web client: 20.19 or newer is needed." >&2
    exit 1
  fi
}
