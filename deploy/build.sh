#!/usr/bin/env bash
# Builds everything the images run and lays it out in OUT (default .deploy), one folder per image:
#   OUT/app      Next's standalone server + static assets + public/ + server.mjs (the entry) + drizzle/
#   OUT/migrate  migrate.mjs (db/migrate-cli.ts bundled) + setup.mjs (the first admin: lib/users/setup-cli.ts) + drizzle/
#   OUT/worker   worker.mjs (lib/simulations/worker-cli.ts bundled) + the engine's worker-thread bundle
# The Dockerfile's build stage runs this script, and deploy/tests/topology.sh runs the same folders, so the
# test starts exactly what the images start. Needs no database and no secrets.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mkdir -p "${1:-.deploy}" && cd "${1:-.deploy}" && pwd)"
export NEXT_TELEMETRY_DISABLED=1

npx next build
npm run --if-present build:worker

# One self-contained ESM file per entry. PGlite (the embedded database) and argon2 (native) stay out: the
# images always run against a real PostgreSQL (their dynamic imports stay unresolved and are never reached),
# The banner gives bundled CommonJS packages (postgres.js, pg) a working require().
bundle() {
  npx esbuild "$1" --bundle --platform=node --format=esm --target=node22 --outfile="$2" --log-level=warning \
    --external:@electric-sql/pglite --external:"drizzle-orm/pglite*" --external:@node-rs/argon2 --external:pg-native --external:./server.js \
    --banner:js="import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
}

rm -rf "${OUT:?}/app" "${OUT:?}/migrate" "${OUT:?}/worker"
mkdir -p "$OUT/app/.next" "$OUT/migrate" "$OUT/worker"

cp -a .next/standalone/. "$OUT/app/"
cp -a .next/static "$OUT/app/.next/static"
[ -d public ] && cp -a public "$OUT/app/public"
cp -a drizzle "$OUT/app/"
bundle deploy/server.mjs "$OUT/app/server.mjs"

bundle db/migrate-cli.ts "$OUT/migrate/migrate.mjs"
bundle lib/users/setup-cli.ts "$OUT/migrate/setup.mjs"
cp -a drizzle "$OUT/migrate/"
# setup.mjs hashes a password with argon2, a native addon that cannot be bundled (see the worker below).
mkdir -p "$OUT/migrate/node_modules"
cp -a node_modules/@node-rs "$OUT/migrate/node_modules/"

if [ -f lib/simulations/worker-cli.ts ]; then
  bundle lib/simulations/worker-cli.ts "$OUT/worker/worker.mjs"
  # argon2 is a native addon (with its platform package beside it): it cannot be bundled, so it travels as is.
  mkdir -p "$OUT/worker/node_modules"
  cp -a node_modules/@node-rs "$OUT/worker/node_modules/"
fi
# The engine's worker threads load this bundle relative to the working directory (lib/simulations/engine-worker.ts).
if [ -d .next-worker ]; then
  cp -a .next-worker "$OUT/app/"
  cp -a .next-worker "$OUT/worker/"
fi
node deploy/check-build-output.mjs "$OUT/app" "$OUT/migrate" "$OUT/worker"
echo "deploy/build.sh: app, migrate and worker trees in $OUT"
