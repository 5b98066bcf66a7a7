#!/usr/bin/env bash
# The fault suite's setup and cases (deploy/faults/run.sh counts its lines). Starts PRIVATE services it may kill (never the shared ones): a PostgreSQL
# cluster (initdb/pg_ctl, as the postgres user when run as root) and a redis-server, each on a free port; migrates
# and seeds a database the way deploy/tests/topology.sh does; starts the runtime image's command (node server.mjs)
# on the pg-boss queue and two workers (node worker.mjs); then runs the cases in deploy/faults/*.ts, each under
# bounded load from autocannon in its own process (load.mjs), and prints one table: requests, answers by status,
# recovery time and a data check per case, then "ok - …" / "not ok - …" lines. Cleans up everything on exit.
# Env: DEPLOY_REUSE_BUILD=DIR (a deploy/build.sh output to use instead of building), FAULTS_KEEP_TMP=1 (keep logs),
# FAULTS_CASES="redis pdf" (only these cases, for local iteration).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091 # .ci/node24.sh puts Node 24 on PATH (checked on its own)
source "$REPO/.ci/node24.sh"

TMP="$(mktemp -d /tmp/calminer-faults.XXXXXX)"
chmod 755 "$TMP"
PIDS=()
PG_BIN="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
PG_DATA="$TMP/pg"
# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; }

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  set +e
  local pid
  for pid in "${PIDS[@]}" $(cat "$TMP/pids" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null; done
  sleep 1
  for pid in "${PIDS[@]}" $(cat "$TMP/pids" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
  [ -f "$TMP/redis/redis.pid" ] && kill -KILL "$(cat "$TMP/redis/redis.pid")" 2>/dev/null
  [ -f "$PG_DATA/postmaster.pid" ] && "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1
  if [ "${FAULTS_KEEP_TMP:-0}" = 1 ]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_healthy() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/api/health" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  return 1
}

[ -n "$PG_BIN" ] || { not_ok "PostgreSQL's server binaries are in /usr/lib/postgresql/*/bin (apt-get install -y postgresql)"; exit 1; }
command -v redis-server >/dev/null || { not_ok "redis-server is installed (apt-get install -y redis-server)"; exit 1; }

# 1. The build: an earlier deploy/build.sh output, or one made now in a private copy of the repo.
OUT="${DEPLOY_REUSE_BUILD:-$TMP/out}"
if [ -z "${DEPLOY_REUSE_BUILD:-}" ]; then
  echo "# building (deploy/faults/private-build.sh)"
  bash "$REPO/deploy/faults/private-build.sh" "$OUT" || exit 1
fi

# 2. The private services: PostgreSQL (trust on 127.0.0.1 only) and Redis without persistence, on free ports.
PG_PORT=$(free_port)
mkdir -p "$PG_DATA" "$TMP/pg-socket" "$TMP/redis"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DATA" "$TMP/pg-socket"
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 > "$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log"; not_ok "initdb creates a private cluster"; exit 1; }
PG_CTL=("${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$TMP/pg/server.log" \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $TMP/pg-socket -c fsync=off")
"${PG_CTL[@]}" -w start > "$TMP/pg-start.log" 2>&1 || { cat "$TMP/pg-start.log"; not_ok "the private PostgreSQL starts"; exit 1; }
REDIS_PORT=$(free_port)
REDIS_ARGS=(--port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes
  --pidfile "$TMP/redis/redis.pid" --dir "$TMP/redis" --logfile "$TMP/redis/redis.log")
redis-server "${REDIS_ARGS[@]}"
DB_URL="postgres://postgres@127.0.0.1:$PG_PORT/calminer"
"$PG_BIN/psql" -q "postgres://postgres@127.0.0.1:$PG_PORT/postgres" -c "CREATE DATABASE calminer" >/dev/null

# 3. Migrate (the migrate image's command) and seed the demo data.
AUTH_SECRET="faults-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
METRICS_TOKEN="metrics-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cat > "$TMP/chromium" <<EOF
#!/bin/sh
# Case 5's broken Chromium: fails while the flag file exists.
[ -e "$TMP/chromium-broken" ] && exit 1
exec /usr/bin/chromium "\$@"
EOF
chmod 755 "$TMP/chromium"
APP_ENV_VARS=(NODE_ENV=production APP_ENV=production "DATABASE_URL=$DB_URL" "REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
  "REPORT_CHROMIUM_PATH=$TMP/chromium" "AUTH_SECRET=$AUTH_SECRET" "METRICS_TOKEN=$METRICS_TOKEN" LOG_LEVEL=info
  NEXT_TELEMETRY_DISABLED=1 SIMULATION_QUEUE=pgboss SIMULATION_QUEUE_SUPERVISE_SECONDS=2)
if (cd "$OUT/migrate" && env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" node migrate.mjs > "$TMP/migrate.log" 2>&1) \
  && (cd "$REPO" && DATABASE_URL="$DB_URL" npm run -s db:seed > "$TMP/seed.log" 2>&1); then
  ok "the private database is migrated and seeded"
else tail -20 "$TMP/migrate.log" "$TMP/seed.log"; not_ok "the private database is migrated and seeded"; exit 1; fi

# 4. One app instance (the runtime image's command) and two pg-boss workers (the worker image's command).
APP_PORT=$(free_port); SPARE_PORT=$(free_port)
(cd "$OUT/app" && exec env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" "PORT=$APP_PORT" HOSTNAME=127.0.0.1 INSTANCE_ID=app-1 \
  node server.mjs > "$TMP/app-1.log" 2>&1) &
PIDS+=("$!"); disown "$!" # the cases kill what they please: no job-control notices
WORKER_PIDS=()
for i in 1 2; do
  (cd "$OUT/worker" && exec env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" "INSTANCE_ID=worker-$i" node worker.mjs > "$TMP/worker-$i.log" 2>&1) &
  PIDS+=("$!"); WORKER_PIDS+=("$!"); disown "$!"
done
if wait_healthy "$APP_PORT"; then ok "the app answers /api/health on port $APP_PORT"; else
  tail -20 "$TMP/app-1.log"; not_ok "the app answers /api/health"; exit 1; fi

json_array() { node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@"; }
node -e '
  const [tmp, appPort, sparePort, out, db, redisPort, workers, pgCtl, redisArgs, appEnv] = process.argv.slice(1);
  const pairs = JSON.parse(appEnv).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]);
  const setup = { appUrl: "http://localhost:" + appPort, appDir: out + "/app", workerDir: out + "/worker",
    appEnv: { PATH: process.env.PATH, ...Object.fromEntries(pairs) }, databaseUrl: db, pgCtl: JSON.parse(pgCtl),
    redis: { port: Number(redisPort), args: JSON.parse(redisArgs), pidFile: tmp + "/redis/redis.pid" },
    workerPids: workers.split(",").map(Number), chromiumBrokenFlag: tmp + "/chromium-broken", spareAppPort: Number(sparePort),
    tmpDir: tmp, pidsFile: tmp + "/pids", rowsFile: tmp + "/rows.jsonl", user: { email: "admin@calminer.local", password: "calminer-demo" } };
  require("node:fs").writeFileSync(tmp + "/faults.json", JSON.stringify(setup, null, 2));
' "$TMP" "$APP_PORT" "$SPARE_PORT" "$OUT" "$DB_URL" "$REDIS_PORT" "$(IFS=,; echo "${WORKER_PIDS[*]}")" \
  "$(json_array "${PG_CTL[@]}")" "$(json_array "${REDIS_ARGS[@]}")" "$(json_array "${APP_ENV_VARS[@]}")"
touch "$TMP/pids" "$TMP/rows.jsonl"

# 5. The cases, one process each, in this order (the worker case leaves one worker; the app case starts its own).
status=0
for case in ${FAULTS_CASES:-redis postgres worker-kill app-kill pdf}; do
  (cd "$REPO" && npx tsx "deploy/faults/$case.ts" "$TMP/faults.json") || status=1
done
node "$REPO/deploy/faults/table.mjs" "$TMP/rows.jsonl"
if [ "$status" != 0 ]; then
  echo "# logs of the failure (FAULTS_KEEP_TMP=1 keeps them all):"
  tail -n 5 "$TMP"/app-*.log "$TMP"/worker-*.log 2>/dev/null
fi
exit "$status"
