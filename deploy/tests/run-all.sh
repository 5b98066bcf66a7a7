#!/usr/bin/env bash
# Runs the deploy tests (the nginx + two-instance topology, the browser CSP check and the graceful-shutdown
# tests; see topology.sh) and closes with one line: "deploy: N passed, N failed". Exit 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
log="$(mktemp /tmp/calminer-deploy-tests.XXXXXX)"
started=$(date +%s)
bash deploy/tests/topology.sh 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -c '^ok - ' "$log")
failed=$(grep -c '^not ok - ' "$log")
rm -f "$log"
# A script that died before reporting a check still fails the run.
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "# deploy tests took $(( $(date +%s) - started )) s"
echo "deploy: ${passed} passed, ${failed} failed"
# For the closing line of .ci/test-all.sh (.ci/summarise-tests.mjs reads every report in this folder).
if [ -d .data/test-reports ]; then
  printf '{"numPassedTests":%s,"numFailedTests":%s}\n' "$passed" "$failed" > .data/test-reports/deploy.json
fi
[ "$failed" = 0 ]
