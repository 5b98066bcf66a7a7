#!/usr/bin/env bash
# Runs deploy/build.sh in a private copy of the repo (so a dev server or another build in the checkout is left
# alone, as deploy/tests/topology.sh does) and leaves the app, migrate and worker trees in OUT. Prints one
# "ok - …" / "not ok - …" line; on failure, the end of the build log. Usage: private-build.sh OUT
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:?usage: private-build.sh OUT}"
SRC="$(mktemp -d /tmp/calminer-build-src.XXXXXX)"
trap 'rm -rf "$SRC"' EXIT
rsync -a --exclude .next --exclude .data --exclude node_modules --exclude .git --exclude .deploy \
  --exclude .next-worker --exclude test-results --exclude playwright-report "$REPO/" "$SRC/"
# Hard links: node_modules is large and the build only reads it.
cp -al "$REPO/node_modules" "$SRC/node_modules" 2>/dev/null || cp -a "$REPO/node_modules" "$SRC/node_modules"
if bash "$SRC/deploy/build.sh" "$OUT" > "$SRC/build.log" 2>&1; then
  echo "ok - deploy/build.sh builds the app, migrate and worker trees"
else
  tail -40 "$SRC/build.log"
  echo "not ok - deploy/build.sh builds the app, migrate and worker trees"
  exit 1
fi
