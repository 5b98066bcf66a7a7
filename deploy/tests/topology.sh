#!/usr/bin/env bash
# The compose topology without containers: builds the image contents with deploy/build.sh (in a private copy
# of the repo), migrates a fresh PostgreSQL database with the migrate image's command, seeds the demo data,
# starts the runtime image's command TWICE on two ports against that database and the local Redis, puts
# Debian's nginx in front with deploy/nginx/calminer.conf, and runs the smoke, browser and shutdown tests
# through it. Prints "ok - …" / "not ok - …" lines; cleans up everything it started.
# Env: TEST_DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres), TEST_REDIS_URL,
# CHROMIUM_PATH (default /usr/bin/chromium; empty: Playwright's own), DEPLOY_REUSE_BUILD=DIR (skip the build and use an earlier deploy/build.sh output; for local iteration).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091 # .ci/node24.sh puts Node 24 on PATH (checked on its own)
source "$REPO/.ci/node24.sh"

ADMIN_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
REDIS_BASE="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
TMP="$(mktemp -d /tmp/calminer-topology.XXXXXX)"
chmod 755 "$TMP"
DB_NAME="calminer_topology_$(date +%s)_$$"
DB_URL="${ADMIN_URL%/*}/${DB_NAME}"
PIDS=()
NGINX_CONF=""

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; }

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  [ -n "$NGINX_CONF" ] && nginx -c "$NGINX_CONF" -p "$TMP/nginx/" -s stop 2>/dev/null
  psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1
  if [ "${DEPLOY_KEEP_TMP:-0}" = 1 ]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi
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

command -v nginx >/dev/null || { not_ok "nginx is installed (apt-get install -y nginx)"; exit 1; }

# 1. Build in a private copy: other work in this checkout (a dev server, another build) is left alone.
OUT="${DEPLOY_REUSE_BUILD:-$TMP/out}"
if [ -z "${DEPLOY_REUSE_BUILD:-}" ]; then
  echo "# building in $TMP/src"
  rsync -a --exclude .next --exclude .data --exclude node_modules --exclude .git --exclude .deploy \
    --exclude .next-worker --exclude test-results --exclude playwright-report "$REPO/" "$TMP/src/"
  cp -al "$REPO/node_modules" "$TMP/src/node_modules" 2>/dev/null || cp -a "$REPO/node_modules" "$TMP/src/node_modules"
  if bash "$TMP/src/deploy/build.sh" "$OUT" > "$TMP/build.log" 2>&1; then ok "deploy/build.sh builds the app, migrate and worker trees"; else
    tail -40 "$TMP/build.log"; not_ok "deploy/build.sh builds the app, migrate and worker trees"; exit 1; fi
fi

# 2. A fresh database, migrated by the migrate image's command, then the demo data.
AUTH_SECRET="topology-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
METRICS_TOKEN="metrics-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
psql -q "$ADMIN_URL" -c "CREATE DATABASE \"$DB_NAME\"" >/dev/null
APP_ENV_VARS=(NODE_ENV=production APP_ENV=production "DATABASE_URL=$DB_URL" "REDIS_URL=$REDIS_BASE"
  "REPORT_CHROMIUM_PATH=${CHROMIUM_PATH-/usr/bin/chromium}"
  "AUTH_SECRET=$AUTH_SECRET" "METRICS_TOKEN=$METRICS_TOKEN" LOG_LEVEL=info NEXT_TELEMETRY_DISABLED=1)
if (cd "$OUT/migrate" && env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" node migrate.mjs > "$TMP/migrate.log" 2>&1); then
  ok "the migrate command applies drizzle/ to a fresh database and exits 0"
else cat "$TMP/migrate.log"; not_ok "the migrate command applies drizzle/ to a fresh database and exits 0"; exit 1; fi
# The first run in production: the migrate image's setup command creates the first organisation and its admin on
# the empty database and prints a single-use link; a second run is refused. The smoke test follows the link.
SETUP=(node setup.mjs --organisation "Topology Mining" --admin-email first.admin@topology.example)
if (cd "$OUT/migrate" && env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" APP_BASE_URL=https://calminer.topology.example "${SETUP[@]}" > "$TMP/setup.log" 2>&1) \
  && grep -q "https://calminer.topology.example/set-password?token=pwl_" "$TMP/setup.log"; then
  ok "setup.mjs creates the first admin on an empty database and prints a link to set the password"
else cat "$TMP/setup.log"; not_ok "setup.mjs creates the first admin on an empty database and prints a link to set the password"; exit 1; fi
if (cd "$OUT/migrate" && env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" "${SETUP[@]}" > "$TMP/setup-again.log" 2>&1); then
  not_ok "setup.mjs refuses to run again once an admin exists"; else ok "setup.mjs refuses to run again once an admin exists"; fi
SETUP_LINK_PATH=$(grep -o "/set-password?token=pwl_[A-Za-z0-9_-]*" "$TMP/setup.log" | head -1)
(cd "${TMP}/src" 2>/dev/null || cd "$REPO"; DATABASE_URL="$DB_URL" npm run -s db:seed > "$TMP/seed.log" 2>&1) \
  || { cat "$TMP/seed.log"; not_ok "demo data seeded"; exit 1; }

# 3. Two instances, started exactly as the runtime image does (node server.mjs in the app tree).
P1=$(free_port); P2=$(free_port); PN=$(free_port); P3=$(free_port)
for i in 1 2; do
  port_var="P$i"
  (cd "$OUT/app" && exec env -i "PATH=$PATH" "${APP_ENV_VARS[@]}" "PORT=${!port_var}" HOSTNAME=127.0.0.1 \
    "INSTANCE_ID=app-$i" node server.mjs > "$TMP/app-$i.log" 2>&1) &
  PIDS+=("$!")
done
if wait_healthy "$P1" && wait_healthy "$P2"; then ok "two instances answer /api/health on ports $P1 and $P2"; else
  tail -20 "$TMP"/app-*.log; not_ok "two instances answer /api/health"; exit 1; fi

# 4. nginx with the project's configuration; only addresses and folders differ from compose.
mkdir -p "$TMP/nginx/cache" "$TMP/nginx/tmp"
chmod -R 777 "$TMP/nginx"
sed -e "s#server app-1:3000#server 127.0.0.1:$P1#" -e "s#server app-2:3000#server 127.0.0.1:$P2#" \
  -e "s#listen 80 default_server#listen 127.0.0.1:$PN default_server#" \
  -e "s#/var/log/nginx/#$TMP/nginx/#g" -e "s#/var/cache/nginx/#$TMP/nginx/cache/#g" \
  "$REPO/deploy/nginx/calminer.conf" > "$TMP/nginx/calminer.conf"
NGINX_CONF="$TMP/nginx/nginx.conf"
cat > "$NGINX_CONF" <<EOF
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path $TMP/nginx/tmp/body;
  proxy_temp_path $TMP/nginx/tmp/proxy;
  fastcgi_temp_path $TMP/nginx/tmp/fastcgi;
  uwsgi_temp_path $TMP/nginx/tmp/uwsgi;
  scgi_temp_path $TMP/nginx/tmp/scgi;
  include $TMP/nginx/calminer.conf;
}
EOF
if nginx -t -c "$NGINX_CONF" -p "$TMP/nginx/" > "$TMP/nginx-t.log" 2>&1; then ok "nginx -t accepts deploy/nginx/calminer.conf"; else
  cat "$TMP/nginx-t.log"; not_ok "nginx -t accepts deploy/nginx/calminer.conf"; NGINX_CONF=""; exit 1; fi
nginx -c "$NGINX_CONF" -p "$TMP/nginx/"
# (That nginx overwrites a client's X-Forwarded-For is proven by a request in smoke.ts.)

# 5. The tests, through nginx (localhost, not 127.0.0.1: Auth.js compares the form's origin with the host).
node -e '
  const [tmp, p1, p2, pn, p3, out, token, secret, db, redis, chromiumPath, setupLinkPath] = process.argv.slice(1);
  const appEnv = { NODE_ENV: "production", APP_ENV: "production", DATABASE_URL: db, REDIS_URL: redis, AUTH_SECRET: secret, METRICS_TOKEN: token, LOG_LEVEL: "info", NEXT_TELEMETRY_DISABLED: "1" };
  const instance = (n, p) => ({ name: "app-" + n, url: "http://127.0.0.1:" + p, port: Number(p), log: tmp + "/app-" + n + ".log" });
  const topology = { nginxUrl: "http://localhost:" + pn, instances: [instance(1, p1), instance(2, p2)], nginxAccessLog: tmp + "/nginx/access.log",
    appDir: out + "/app", workerDir: out + "/worker", appEnv, metricsToken: token, spareAppPort: Number(p3), tmpDir: tmp, chromiumPath,
    user: { email: "admin@calminer.local", password: "calminer-demo" },
    firstAdmin: { email: "first.admin@topology.example", setPasswordPath: setupLinkPath } };
  require("node:fs").writeFileSync(tmp + "/topology.json", JSON.stringify(topology, null, 2));
' "$TMP" "$P1" "$P2" "$PN" "$P3" "$OUT" "$METRICS_TOKEN" "$AUTH_SECRET" "$DB_URL" "$REDIS_BASE" "${CHROMIUM_PATH-/usr/bin/chromium}" "$SETUP_LINK_PATH"

status=0
for test in smoke browser runtime shutdown; do
  (cd "$REPO" && npx tsx "deploy/tests/$test.ts" "$TMP/topology.json") || status=1
done
[ "$status" = 0 ] || { echo "# logs kept for the failure:"; tail -5 "$TMP"/app-*.log "$TMP/nginx/error.log" 2>/dev/null; }
exit "$status"
