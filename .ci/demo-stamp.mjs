#!/usr/bin/env node
// @ts-check
// Lets `npm run demo` (.ci/demo.sh) skip `npm ci` and `next build` when nothing they depend on changed: each step
// leaves a stamp (a hash of its inputs) inside what it produced, and the next run repeats the step only when the
// hash differs. The stamps live in node_modules/ and .next/, so a fresh clone (neither exists) or a build by
// anything else (`next build` empties .next/) always repeats the step; a wrong "up to date" is the one mistake
// this must never make, so anything it cannot read counts as changed.
// Usage: node .ci/demo-stamp.mjs check|write install|build [extra]   (check: exit 0 up to date, 1 not)
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Where each step's stamp is kept, relative to the repository. */
export const STAMP_PATHS = { install: "node_modules/.calminer-install-stamp", build: ".next/.calminer-build-stamp" };

/** @param {string} root @param {string[]} args */
function git(root, args) {
  return execFileSync("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * A file's bytes; a symbolic link's target (git lists a link to a folder, e.g. a shared node_modules, as one
 * untracked file, and reading it as a file would throw); "" when it is gone.
 * @param {string} full
 */
function contentOf(full) {
  let stats;
  try {
    stats = lstatSync(full);
  } catch {
    return "";
  }
  if (stats.isSymbolicLink()) return `link ${readlinkSync(full)}`;
  return stats.isFile() ? readFileSync(full) : "";
}

/**
 * What the install depends on: the lock file, the patches applied after it (postinstall) and the Node.js version
 * (native packages are picked per version). A missing lock file hashes as a value no stamp holds.
 * @param {string} root
 * @returns {string} hex sha256
 */
export function installHash(root) {
  const hash = createHash("sha256").update(`node ${process.version}\n`);
  const lock = path.join(root, "package-lock.json");
  hash.update(existsSync(lock) ? readFileSync(lock) : `missing ${Date.now()} ${Math.random()}`);
  const patches = path.join(root, "patches");
  if (existsSync(patches)) {
    for (const file of readdirSync(patches).sort()) hash.update(`\0${file}\0`).update(readFileSync(path.join(patches, file)));
  }
  return hash.digest("hex");
}

/**
 * What the build depends on: the commit, every uncommitted change to tracked files, every untracked file that is
 * not ignored (its content), the install and `extra` (e.g. the build mode). Outside a git checkout there is no
 * cheap way to know, so the hash is unique and the build always runs.
 * @param {string} root
 * @param {string} [extra]
 * @returns {string} hex sha256
 */
export function buildHash(root, extra = "") {
  const hash = createHash("sha256").update(`${extra}\n${installHash(root)}\n`);
  try {
    hash.update(git(root, ["rev-parse", "HEAD"]));
    hash.update(git(root, ["diff", "HEAD", "--binary"]));
    const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z"]).toString("utf8").split("\0").filter(Boolean);
    for (const file of untracked.sort()) {
      const full = path.join(root, file);
      hash.update(`\0${file}\0`).update(contentOf(full));
    }
  } catch {
    hash.update(`no git ${Date.now()} ${Math.random()}`);
  }
  return hash.digest("hex");
}

/**
 * @param {string} root
 * @param {"install" | "build"} step
 * @param {string} [extra]
 */
function hashOf(root, step, extra) {
  return step === "install" ? installHash(root) : buildHash(root, extra);
}

/**
 * True when the step's stamp matches its inputs now.
 * @param {string} root
 * @param {"install" | "build"} step
 * @param {string} [extra]
 */
export function isUpToDate(root, step, extra) {
  const stamp = path.join(root, STAMP_PATHS[step]);
  if (!existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === hashOf(root, step, extra);
}

/**
 * Records that the step has just run on the current inputs.
 * @param {string} root
 * @param {"install" | "build"} step
 * @param {string} [extra]
 */
export function writeStamp(root, step, extra) {
  const stamp = path.join(root, STAMP_PATHS[step]);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${hashOf(root, step, extra)}\n`);
}

/** @param {string[]} argv */
function main(argv) {
  const [command, step, extra] = argv;
  if ((command !== "check" && command !== "write") || (step !== "install" && step !== "build")) {
    process.stderr.write("usage: node .ci/demo-stamp.mjs check|write install|build [extra]\n");
    return 2;
  }
  const root = process.cwd();
  if (command === "write") {
    writeStamp(root, step, extra);
    return 0;
  }
  return isUpToDate(root, step, extra) ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
