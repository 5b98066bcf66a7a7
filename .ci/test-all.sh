#!/usr/bin/env bash
# README command 2: install what the tests need and run them all: lint, typecheck, unit and data-layer tests
# (on a real PostgreSQL + Redis when available, and always on the embedded defaults), build, e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/node24.sh
source .ci/node24.sh
echo "Node $(node --version)"

# chromium drives the browser tests; poppler-utils' pdftotext reads the report PDFs back.
if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's chromium and poppler-utils for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "The e2e tests need Debian's chromium (/usr/bin/chromium) and poppler-utils: sudo apt-get install -y chromium poppler-utils" >&2
    exit 1
  fi
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${TEST_DATABASE_URL:-}" ] && port_open 5432; then
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres"
fi
if [ -z "${TEST_REDIS_URL:-}" ] && port_open 6379; then
  export TEST_REDIS_URL="redis://127.0.0.1:6379"
fi

if [ "${SKIP_INSTALL:-0}" != "1" ] || [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
mkdir -p .data/test-reports
rm -f .data/test-reports/*.json

echo "== lint and typecheck"
npm run lint --silent
npx tsc --noEmit

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== unit and data-layer tests on PostgreSQL (${TEST_DATABASE_URL%%@*}@…) and Redis (${TEST_REDIS_URL:-none})"
  npx vitest run --reporter=default --reporter=json --outputFile.json=.data/test-reports/vitest-postgres.json
else
  echo "== no PostgreSQL on 127.0.0.1:5432 and no TEST_DATABASE_URL: the real-server run is skipped"
fi

echo "== unit and data-layer tests on the embedded defaults (PGlite, in-process cache)"
env -u TEST_DATABASE_URL -u TEST_REDIS_URL \
  npx vitest run --reporter=default --reporter=json --outputFile.json=.data/test-reports/vitest-embedded.json

echo "== build and end-to-end tests in Chromium"
npm run build
# Again after the build: generated output (.next, .next-worker) must stay outside what lint reads.
npm run lint --silent
PLAYWRIGHT_JSON_OUTPUT_NAME=.data/test-reports/playwright.json npx playwright test --reporter=list,json
echo "== workflows and shell scripts"
for workflow in .github/workflows/*.yml; do npx action-validator "$workflow"; done
if command -v shellcheck >/dev/null; then shellcheck .ci/run .ci/*.sh deploy/build.sh deploy/tests/*.sh deploy/faults/*.sh; fi

# The deploy tests (nginx in front of two instances) and the fault suite (private PostgreSQL and Redis it kills)
# both run the image trees of deploy/build.sh: built once here, in a private copy, and given to both.
deploy_status=0
can_deploy=0; can_fault=0
if [ -n "${TEST_DATABASE_URL:-}" ] && command -v nginx >/dev/null; then can_deploy=1; fi
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && command -v redis-server >/dev/null; then can_fault=1; fi
deploy_build=""
if [ "$can_deploy" = 1 ] || [ "$can_fault" = 1 ]; then
  echo "== deploy: the image trees (deploy/build.sh in a private copy), built once for the deploy and fault tests"
  deploy_build="$(mktemp -d /tmp/calminer-deploy-build.XXXXXX)"
  trap 'rm -rf "$deploy_build"' EXIT
  if bash deploy/faults/private-build.sh "$deploy_build"; then build_passed=1; else build_passed=0; can_deploy=0; can_fault=0; deploy_status=1; fi
  printf '{"numPassedTests":%s,"numFailedTests":%s}\n' "$build_passed" "$((1 - build_passed))" > .data/test-reports/deploy-build.json
fi
if [ "$can_deploy" = 1 ]; then
  echo "== deploy: two standalone instances behind nginx, browser CSP check, graceful shutdown"
  DEPLOY_REUSE_BUILD="$deploy_build" bash deploy/tests/run-all.sh || deploy_status=1
else
  echo "== deploy tests skipped: they need PostgreSQL and Debian's nginx (.ci/run installs both)"
fi
if [ "$can_fault" = 1 ]; then
  echo "== faults: Redis and PostgreSQL killed or restarted, a worker and the app SIGKILLed, Chromium failing, under load"
  DEPLOY_REUSE_BUILD="$deploy_build" bash deploy/faults/run.sh || deploy_status=1
else
  echo "== fault tests skipped: they need PostgreSQL's server binaries and redis-server (.ci/run installs both)"
fi
node .ci/summarise-tests.mjs .data/test-reports
exit "$deploy_status"
