// Bounded load for the fault cases, in its own process (the case script's own work, like killing a service and
// polling for recovery, must not share an event loop with the load): autocannon's API with a fixed number of
// connections for a fixed time. Usage: node load.mjs '<json options>'; prints one JSON result on stdout.
// Options: url, method (GET), headers, body (a JSON object; "{n}" in any string value becomes a unique number),
// connections (8), durationSeconds (5), or amount (this many requests, however long they take), timeoutSeconds (10),
// expectPrefix (count the 2xx bodies that start with it, e.g. "%PDF-": the result's prefixMatches).
// Result: requests, statuses {code: count}, errors (no answer: refused, reset), timeouts, samples (up to 20 non-2xx
// answers: status, Retry-After and the first 300 characters of the body), answers ("<status> <error.code>" of every
// non-2xx answer: count, and how many had Retry-After), created (ids of 2xx bodies' data.id or id).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");

const options = JSON.parse(process.argv[2] ?? "{}");
const SAMPLE_LIMIT = 20;
let counter = 0;
const samples = [];
const created = [];
const statuses = {};
const answers = {};
let prefixMatches = 0;

/** The body template with "{n}" replaced by a number unique to this request. */
function bodyFor(template) {
  if (template === undefined) return undefined;
  const n = String((counter += 1));
  return JSON.stringify(template, (_key, value) => (typeof value === "string" ? value.replaceAll("{n}", n) : value));
}

/** The error envelope's code ({ error: { code } }), or undefined when the body is not one. */
function errorCodeOf(body) {
  try {
    const code = JSON.parse(body)?.error?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

function record(status, body, headers) {
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (status >= 200 && status < 300) {
    if (options.expectPrefix && String(body ?? "").startsWith(options.expectPrefix)) prefixMatches += 1;
    try {
      const parsed = JSON.parse(body);
      const id = parsed?.data?.id ?? parsed?.id;
      if (typeof id === "string") created.push(id);
    } catch {
      // Not JSON (a PDF, a dashboard's text): nothing to collect.
    }
    return;
  }
  const retryAfter = headers["retry-after"] ?? headers["Retry-After"] ?? null;
  const key = `${status} ${errorCodeOf(body) ?? "(no error code)"}`;
  answers[key] ??= { count: 0, withRetryAfter: 0 };
  answers[key].count += 1;
  if (retryAfter !== null) answers[key].withRetryAfter += 1;
  if (samples.length < SAMPLE_LIMIT) samples.push({ status, retryAfter, body: String(body ?? "").slice(0, 300) });
}

const instance = autocannon({
  url: options.url,
  connections: options.connections ?? 8,
  duration: options.durationSeconds ?? 5,
  ...(options.amount ? { amount: options.amount } : {}),
  timeout: options.timeoutSeconds ?? 10,
  requests: [
    {
      method: options.method ?? "GET",
      headers: { ...(options.body ? { "content-type": "application/json" } : {}), ...options.headers },
      setupRequest: (request) => ({ ...request, body: bodyFor(options.body) }),
      onResponse: (status, body, _context, headers) => record(status, body, headers ?? {}),
    },
  ],
});
instance.on("done", (result) => {
  const answered = Object.values(statuses).reduce((sum, n) => sum + n, 0);
  const summary = { requests: answered + result.errors, statuses, errors: result.errors - result.timeouts, timeouts: result.timeouts, samples, answers, created, prefixMatches };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
});
