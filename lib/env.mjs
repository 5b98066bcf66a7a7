// @ts-check
// The only reader of process.env. Validated once with zod; next.config.mjs imports this module so a bad
// configuration fails the build and the server start with one clear line per variable.
import { z } from "zod";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());
const flag = z.preprocess((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"), z.boolean().optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /**
     * The app's mode: development (embedded defaults allowed), test, production (strict). Unset: production when
     * NODE_ENV is (a built server: `next start`, the standalone server), else development (parseEnv).
     */
    APP_ENV: z.enum(["development", "test", "production"]),
    /** postgres://… of a real PostgreSQL. Unset: the embedded PGlite database in PGLITE_DATA_DIR. */
    DATABASE_URL: optionalUrl,
    /** Folder of local development state (git-ignored; never in a build): the generated AUTH_SECRET. */
    LOCAL_STATE_DIR: z.string().min(1).default(".data"),
    /** Folder of the embedded database (git-ignored). */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    /** Allow the embedded database when APP_ENV=production (single-machine installs). */
    ALLOW_EMBEDDED_DB: flag,
    /** redis://… of a TCP Redis. */
    REDIS_URL: optionalUrl,
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    /** Secret that signs session tokens (>= 32 chars). Unset outside production: one is generated and kept in .data/. */
    AUTH_SECRET: optionalString,
    /** smtp://user:password@host:587 (or smtps://…:465) of the mail server for invitations and password resets. Unset: admins see the links to pass on. */
    SMTP_URL: optionalUrl,
    /** Sender of CalMiner's email, e.g. "CalMiner <no-reply@example.com>". */
    SMTP_FROM: z.string().min(3).default("CalMiner <no-reply@calminer.local>"),
    /** The address people use to reach CalMiner (https://calminer.example.com): links in email and from `npm run setup` start with it. */
    APP_BASE_URL: optionalUrl,
    /**
     * Session cookies Secure and named `__Host-` (sent over HTTPS only, to this host only). Unset: on in production,
     * also behind a TLS-terminating proxy (the browser sees HTTPS); off elsewhere. Set false only for a production
     * install served over plain HTTP on a trusted network.
     */
    SECURE_COOKIES: flag,
    /** A session ends this many hours after sign-in, whatever the activity (default 7 days). */
    SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(8784).default(168),
    /** A session ends after this many hours without a request (default 24). */
    SESSION_IDLE_HOURS: z.coerce.number().positive().max(8784).default(24),
    /** Any signed-in user may create an organisation and becomes its admin (default: on). */
    ALLOW_ORGANISATION_CREATION: z.preprocess(
      (v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"),
      z.boolean().default(true),
    ),
    /**
     * What `next build` writes: standalone (default; the self-contained server the images and deploy/ run) or server
     * (a build `next start` serves; `npm run demo` uses it, since `next start` warns about a standalone build).
     */
    BUILD_OUTPUT: z.enum(["standalone", "server"]).default("standalone"),
    /** Seed the demo organisation, users and project on first start (default: on; never in production). */
    SEED_DEMO: flag,
    /** Lowest level written to the JSON logs; unset: debug in development, warn in test, info in production. */
    LOG_LEVEL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).optional(),
    ),
    /** Bearer token for GET /api/metrics (>= 16 chars). Unset: the endpoint answers 404. */
    METRICS_TOKEN: optionalString,
    /** Port of a worker process's own metrics endpoint (workers serve no pages). Unset: none. */
    METRICS_PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
    /** Name of this instance in the logs (default: the host name, which is the container id under Docker). */
    INSTANCE_ID: optionalString,
    /** How long SIGTERM waits for in-flight requests before closing the rest (deploy/server.mjs), in ms. */
    SHUTDOWN_TIMEOUT_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(600_000).default(25_000)),
    /** Runs up to this many iterations answer at once (201); larger ones go to the background (202). */
    SIMULATION_SYNC_MAX_ITERATIONS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
    /** Worker threads of an in-process background run (embedded queue). Unset: every core. */
    SIMULATION_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
    /** Most raw sample values (iterations × metrics) a run may keep; above it keepSamples is refused (422). */
    SIMULATION_MAX_RAW_SAMPLES: z.coerce.number().int().min(0).default(4_000_000),
    /** Background runs: "auto" = pg-boss workers with DATABASE_URL, else the in-process pool; or force one. */
    SIMULATION_QUEUE: z.enum(["auto", "local", "pgboss"]).default("auto"),
    /** Iterations per queued chunk job (a multiple of 4096). */
    SIMULATION_CHUNK_ITERATIONS: z.coerce
      .number()
      .int()
      .min(4096)
      .refine((n) => n % 4096 === 0, "must be a multiple of 4096")
      .default(16_384),
    /** Background runs an organisation may have queued or running at once; more are answered 429. */
    SIMULATION_QUOTA_ACTIVE_RUNS: z.coerce.number().int().min(1).max(1000).default(4),
    /** Iterations an organisation may run per rolling hour (at once and in the background); more are answered 429. */
    SIMULATION_QUOTA_ITERATIONS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000_000).default(20_000_000),
    /** A queued or running run without progress for this many minutes is failed by the sweeper. */
    SIMULATION_STALE_MINUTES: z.coerce.number().positive().default(10),
    /** How often workers check pg-boss jobs for missed heartbeats and expiry (seconds): a dead worker's job is retried within about this + 10 s. */
    SIMULATION_QUEUE_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
    /** Chunk jobs one `npm run worker` process evaluates at the same time. */
    SIMULATION_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    /** Largest import upload (a CSV or .xlsx file), in bytes; larger bodies are refused with 413 before they are read. */
    IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(20 * 1024 * 1024),
    /** Most data rows one import may hold, over every sheet. */
    IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(200_000),
    /** Longest CSV record or sum of a workbook row's cells, in characters. */
    IMPORT_MAX_ROW_CHARS: z.coerce.number().int().min(256).max(10_485_760).default(65_536),
    /** Most bytes a workbook may hold once unzipped (declared and actual), in bytes. */
    IMPORT_MAX_UNZIPPED_BYTES: z.coerce.number().int().min(1024).max(4_294_967_295).default(200 * 1024 * 1024),
    /** Highest compression ratio (uncompressed / compressed) of any workbook entry: zip-bomb defence. */
    IMPORT_MAX_ZIP_RATIO: z.coerce.number().min(2).max(100_000).default(200),
    /** Most entries (files) a workbook's zip may hold. */
    IMPORT_MAX_ZIP_ENTRIES: z.coerce.number().int().min(4).max(100_000).default(500),
    /** Origin the PDF renderer opens report pages on (this app as seen from its own host). Unset: http://localhost:<request port>. */
    REPORT_RENDER_ORIGIN: optionalUrl,
    /** Longest a report PDF may take to render, in ms. */
    REPORT_PDF_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    /** Report PDFs rendered at the same time (one shared headless browser); more wait their turn. */
    REPORT_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    /** Report PDFs that may wait for a free renderer; more are answered 503 with Retry-After. */
    REPORT_PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
    /** Chromium used to render report PDFs. */
    REPORT_CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
    /** Set by Next while it builds (phase-production-build). */
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 16) {
      ctx.addIssue({ code: "custom", path: ["METRICS_TOKEN"], message: "must be at least 16 characters" });
    }
    if (env.APP_ENV !== "production") return;
    if (env.SEED_DEMO) {
      ctx.addIssue({ code: "custom", path: ["SEED_DEMO"], message: "the demo organisation's passwords are public: it is never seeded in production" });
    }
    // `next build` runs in production mode but serves nobody: the server's own secrets are checked at its start.
    if (env.NEXT_PHASE === "phase-production-build") return;
    if (!env.DATABASE_URL && !env.ALLOW_EMBEDDED_DB) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production (or set ALLOW_EMBEDDED_DB=true)" });
    }
    if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    if (env.AUTH_SECRET && env.AUTH_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be at least 32 characters" });
    }
    // A link in an email must not take its host from the request (a forged Host would send resets elsewhere).
    if (env.SMTP_URL && !env.APP_BASE_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_BASE_URL"], message: "is required in production when SMTP_URL is set (links in email start with it)" });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({ code: "custom", path: ["UPSTASH_REDIS_REST_TOKEN"], message: "UPSTASH_REDIS_REST_URL and _TOKEN go together" });
    }
  });

/**
 * Parses an environment record; throws one Error whose message names every bad variable.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const appEnv = source.APP_ENV || (source.NODE_ENV === "production" ? "production" : "development");
  const result = schema.safeParse({ ...source, APP_ENV: appEnv });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}

/** What the report renderer's Chromium may see of the environment: no secret, only what a browser needs to run. */
const BROWSER_VARIABLES = ["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "FONTCONFIG_PATH", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"];

/** @returns {Record<string, string>} */
export function browserEnvironment() {
  /** @type {Record<string, string>} */
  const picked = {};
  for (const name of BROWSER_VARIABLES) {
    const value = process.env[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/**
 * The log level in force: LOG_LEVEL, else debug in development, warn in test and info in production.
 * @param {Pick<Env, "LOG_LEVEL" | "APP_ENV">} source
 */
export function resolveLogLevel(source) {
  if (source.LOG_LEVEL) return source.LOG_LEVEL;
  // Tests keep their output for failures: one line per request would drown it.
  return { development: "debug", test: "warn", production: "info" }[source.APP_ENV];
}

/** @typedef {z.infer<typeof schema>} Env */

/** @type {Env} */
export const env = parseEnv(process.env);
