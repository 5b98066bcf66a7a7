import { hostname } from "node:os";
import pino, { type DestinationStream, type Logger } from "pino";
import { env, resolveLogLevel } from "@/lib/env.mjs";
import { processSingleton } from "@/lib/process/singleton";

export type { Logger } from "pino";

/**
 * Fields that must never reach a log line, wherever they appear in the logged object (pino's redact paths:
 * `*` is one level of any key). Request lines are built from an allow-list already; this is the second
 * guard for everything else that gets logged (errors with request options, job payloads, config dumps).
 */
export const REDACT_PATHS: string[] = [
  "password",
  "*.password",
  "*.*.password",
  "newPassword",
  "*.newPassword",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "csrfToken",
  "*.csrfToken",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "cookie",
  "*.cookie",
  "*.headers.cookie",
  '*.headers["set-cookie"]',
  '*["set-cookie"]',
  "AUTH_SECRET",
  "*.AUTH_SECRET",
  "METRICS_TOKEN",
  "*.METRICS_TOKEN",
  "DATABASE_URL",
  "*.DATABASE_URL",
  "REDIS_URL",
  "*.REDIS_URL",
  "UPSTASH_REDIS_REST_TOKEN",
  "*.UPSTASH_REDIS_REST_TOKEN",
  "connectionString",
  "*.connectionString",
];

export type LoggerOptions = {
  level?: string;
  /** Where lines go (tests capture them); default: stdout. */
  destination?: DestinationStream;
  /** Fields added to every line. */
  base?: Record<string, unknown>;
  /** Censor REDACT_PATHS (default). Only for lines built from an allow-list, where it would only cost time. */
  isRedacting?: boolean;
};

/** A JSON-lines logger: one object per line, ISO time, level as a word, secrets censored. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const pinoOptions = {
    level: options.level ?? resolveLogLevel(env),
    base: { instance: env.INSTANCE_ID ?? hostname(), ...options.base },
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    ...(options.isRedacting === false ? {} : { redact: { paths: REDACT_PATHS, censor: "[redacted]" } }),
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}

// One logger per process, shared by every bundle Next loads this module into (like the database client), and
// one child per component (a child per call cost time on every request).
const loggers = processSingleton("loggers", () => ({ root: undefined as Logger | undefined, request: undefined as Logger | undefined, children: new Map<string, Logger>() }));

/** The process's logger; `component` names the part of the app on each of its lines. */
export function getLogger(component?: string): Logger {
  loggers.root ??= createLogger();
  const { root, children } = loggers;
  if (!component) return root;
  let child = children.get(component);
  if (!child) children.set(component, (child = root.child({ component })));
  return child;
}

/**
 * The logger of the one-line-per-request records (component "http"). Those lines are built from an allow-list of
 * ids (request-log.ts), so they skip the redaction pass, which was ~2 % of a cached dashboard request's CPU.
 */
export function getRequestLogger(): Logger {
  loggers.request ??= createLogger({ isRedacting: false, base: { component: "http" } });
  return loggers.request;
}
