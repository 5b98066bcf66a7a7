# syntax=docker/dockerfile:1
# CalMiner images, one build (vercel/next.js examples/with-docker, plus a migrate and a worker target):
#   docker build -t calminer .                          the app (runtime, the default target)
#   docker build --target migrate -t calminer-migrate . applies drizzle/ migrations, then exits; also the first admin:
#     docker run --rm -e DATABASE_URL=… -e APP_BASE_URL=… calminer-migrate node setup.mjs --organisation "…" --admin-email …
#   docker build --target worker  -t calminer-worker  . a simulation worker (pg-boss)
# deploy/build.sh does the building and deploy/tests/topology.sh runs its output the way these stages do.
ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# Dependencies, cached until package.json, the lock file or a patch change. patches/: fixes to dependencies that
# upstream has not released yet, applied by the postinstall script (patch-package).
FROM base AS deps
COPY package.json package-lock.json ./
COPY patches ./patches
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# The build needs no database and no secret: configuration is read when the containers start.
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN bash deploy/build.sh /out

# One-shot: applies the migrations to DATABASE_URL and exits 0 (compose runs it before the app starts).
FROM base AS migrate
ENV NODE_ENV=production APP_ENV=production
COPY --from=build --chown=node:node /out/migrate ./
USER node
CMD ["node", "migrate.mjs"]

# Simulation worker: takes chunk jobs from pg-boss; SIGTERM lets the job in hand finish, then exits.
FROM base AS worker
ENV NODE_ENV=production APP_ENV=production
COPY --from=build --chown=node:node /out/worker ./
USER node
STOPSIGNAL SIGTERM
CMD ["node", "worker.mjs"]

# The app: Next's standalone server started through server.mjs (config check, JSON logs, draining SIGTERM).
# Last, so that a plain `docker build` gives this image.
FROM base AS runtime
# Report PDFs are printed by headless Chromium (REPORT_CHROMIUM_PATH=/usr/bin/chromium); WITH_CHROMIUM=false
# gives a smaller image for installs that do not print reports.
ARG WITH_CHROMIUM=true
RUN if [ "$WITH_CHROMIUM" = "true" ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
      && rm -rf /var/lib/apt/lists/*; \
    fi
ENV NODE_ENV=production APP_ENV=production PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /out/app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "server.mjs"]
