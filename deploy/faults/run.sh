#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (suite.sh: private PostgreSQL and Redis, the built app and workers, five
# cases under load) and one closing line: "faults: N passed, N failed". Exit 1 on any failure.
# Env: DEPLOY_REUSE_BUILD=DIR (an earlier deploy/build.sh output), FAULTS_KEEP_TMP=1 (keep the logs).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
log="$(mktemp /tmp/calminer-faults-log.XXXXXX)"
started=$(date +%s)
bash deploy/faults/suite.sh 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -c '^ok - ' "$log")
failed=$(grep -c '^not ok - ' "$log")
rm -f "$log"
# A suite that died before reporting a check still fails the run.
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "# fault suite took $(( $(date +%s) - started )) s"
echo "faults: ${passed} passed, ${failed} failed"
# For the closing line of .ci/test-all.sh (.ci/summarise-tests.mjs reads every report in this folder).
if [ -d .data/test-reports ]; then
  printf '{"numPassedTests":%s,"numFailedTests":%s}\n' "$passed" "$failed" > .data/test-reports/faults.json
fi
[ "$failed" = 0 ]
