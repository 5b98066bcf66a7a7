#!/usr/bin/env node
// @ts-check
// Fails a build whose output holds a secret. Next traces every file the server reads into .next/standalone, and the
// development server keeps its generated AUTH_SECRET (and the embedded database) in .data/: a build made on a
// developer's machine once shipped that secret, and a session forged with it was accepted by the built server.
// It also fails a build that misses a file the server reads by path at run time (the tracer cannot follow those):
// without playwright-core's browsers.json every PDF answered 500, without the engine bundle every background run failed,
// and without the upload worker's bundle every workbook import would fail.
// Usage: node deploy/check-build-output.mjs DIR [DIR…]   (exit 1 and one line per finding)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Folders and files that hold local state or configuration, never code. */
const FORBIDDEN_NAMES = new Set([".data", "auth-secret", ".env", ".env.local", ".env.production", ".env.development"]);
/** Files larger than this are not read for secret values (bundles of 1 MiB and more hold no local secret). */
const MAX_SCANNED_BYTES = 4 * 1024 * 1024;

/**
 * The secret values this machine knows: the generated development secret and AUTH_SECRET, if set.
 * @param {string} root
 */
function knownSecrets(root) {
  /** @type {string[]} */
  const secrets = [];
  const generated = path.join(root, ".data", "auth-secret");
  if (existsSync(generated)) secrets.push(readFileSync(generated, "utf8").trim());
  // A build tool, not the app: lib/env.mjs would refuse a production build environment that has no server secrets.
  // eslint-disable-next-line no-restricted-syntax
  const configured = process.env.AUTH_SECRET;
  if (configured) secrets.push(configured);
  return secrets.filter((secret) => secret.length >= 16);
}

/**
 * Every finding under `dir`: forbidden names, and files that contain a known secret value.
 * @param {string} dir
 * @param {string[]} secrets
 * @returns {string[]}
 */
export function findLeaks(dir, secrets) {
  /** @type {string[]} */
  const findings = [];
  /** @param {string} current */
  const visit = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (FORBIDDEN_NAMES.has(entry.name)) findings.push(`${full}: local state or configuration in a build output`);
      else if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && statSync(full).size <= MAX_SCANNED_BYTES && secrets.length > 0) {
        const text = readFileSync(full, "latin1");
        if (secrets.some((secret) => text.includes(secret))) findings.push(`${full}: contains a secret value`);
      }
    }
  };
  if (existsSync(dir)) visit(dir);
  return findings;
}

/** Files a server tree must hold, by the entry file that marks the tree: Next's standalone server, build.sh's app. */
const RUNTIME_FILES = {
  "server.js": ["node_modules/playwright-core/browsers.json"],
  "server.mjs": [".next-worker/engine-worker.mjs", ".next-worker/upload-worker.cjs"],
};

/**
 * The run-time files missing from a server tree (none for other trees).
 * @param {string} dir
 * @returns {string[]}
 */
export function findMissing(dir) {
  return Object.entries(RUNTIME_FILES)
    .filter(([entry]) => existsSync(path.join(dir, entry)))
    .flatMap(([, files]) => files.filter((file) => !existsSync(path.join(dir, file))))
    .map((file) => `${path.join(dir, file)}: read at run time, missing from the build output`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  const findings = dirs.flatMap((dir) => [...findLeaks(dir, knownSecrets(process.cwd())), ...findMissing(dir)]);
  for (const finding of findings) console.error(`check-build-output: ${finding}`);
  if (findings.length > 0) {
    console.error("check-build-output: the build output holds secrets or local state, or misses a run-time file; it must not be shipped.");
    process.exit(1);
  }
  console.log(`check-build-output: no secret, no local state and every run-time file in ${dirs.join(", ")}`);
}
