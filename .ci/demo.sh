#!/usr/bin/env bash
# README command 1: install and start CalMiner with demo data on the embedded defaults (PGlite in .data/,
# in-process cache). No env file and no services needed. Open http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/node24.sh
source .ci/node24.sh
echo "Node $(node --version)"
npm ci --no-audit --no-fund
npm run build
PORT="${PORT:-3000}"
# A built server is production unless told otherwise (lib/env.mjs): the demo is development on purpose, with the
# embedded database, a generated secret and the demo organisation, whose passwords are public.
export APP_ENV="${APP_ENV:-development}"
echo "Starting CalMiner on http://localhost:${PORT} (demo sign-ins are printed on first start and listed in the README)"
exec npx next start -p "${PORT}"
