#!/usr/bin/env bash
# README command 1: install and start CalMiner with demo data on the embedded defaults (PGlite in .data/,
# in-process cache). No env file and no services needed. Open http://localhost:3000.
# A second run on an unchanged clone reuses the install and the build (stamps: .ci/demo-stamp.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/node24.sh
source .ci/node24.sh
echo "Node $(node --version)"
# `next start` serves an ordinary build; the standalone build (the default, for the images and deploy/) makes it
# print a warning that reads as "you ran it wrong".
export BUILD_OUTPUT=server
if [ -f node_modules/.package-lock.json ] && node .ci/demo-stamp.mjs check install; then
  echo "Dependencies unchanged since the last install: skipping npm ci"
else
  npm ci --no-audit --no-fund
  node .ci/demo-stamp.mjs write install
fi
if [ -d .next-worker ] && node .ci/demo-stamp.mjs check build "${BUILD_OUTPUT}"; then
  echo "Sources unchanged since the last build: skipping the build"
else
  # npm run build would also check .next/standalone, which this build does not make.
  npm run build:worker
  npx next build
  node .ci/demo-stamp.mjs write build "${BUILD_OUTPUT}"
fi
PORT="${PORT:-3000}"
# A built server is production unless told otherwise (lib/env.mjs): the demo is development on purpose, with the
# embedded database, a generated secret and the demo organisation, whose passwords are public.
export APP_ENV="${APP_ENV:-development}"
echo "Starting CalMiner on http://localhost:${PORT} (demo sign-ins are printed on first start and listed in the README)"
# The installed binary, not npx: npx spends 1.2-1.4 s (2 busy cores) resolving what node_modules/.bin already holds.
exec node_modules/.bin/next start -p "${PORT}"
