import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isUpToDate, writeStamp } from "../../.ci/demo-stamp.mjs";

// `npm run demo` skips `npm ci` and `next build` on these answers: a stale "up to date" would serve an old build.
let root: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "demo-stamp-"));
  git("init", "-q");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  writeFileSync(path.join(root, ".gitignore"), "node_modules/\n.next/\n");
  writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}');
  writeFileSync(path.join(root, "app.ts"), "export const a = 1;\n");
  git("add", ".");
  git("commit", "-qm", "init");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the demo's install stamp", () => {
  it("is missing on a fresh clone, so the first run installs", () => {
    expect(isUpToDate(root, "install")).toBe(false);
  });

  it("holds until package-lock.json changes", () => {
    mkdirSync(path.join(root, "node_modules"));
    writeStamp(root, "install");
    expect(isUpToDate(root, "install")).toBe(true);
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}');
    expect(isUpToDate(root, "install")).toBe(false);
  });
});

describe("the demo's build stamp", () => {
  it("is missing on a fresh clone, then holds while nothing changes", () => {
    expect(isUpToDate(root, "build", "server")).toBe(false);
    writeStamp(root, "build", "server");
    expect(isUpToDate(root, "build", "server")).toBe(true);
  });

  it("is stale after an edit, a new untracked file, a commit or another build mode, but not after an ignored file", () => {
    writeStamp(root, "build", "server");
    writeFileSync(path.join(root, ".next", "cache-file"), "x");
    expect(isUpToDate(root, "build", "server")).toBe(true);
    expect(isUpToDate(root, "build", "standalone")).toBe(false);

    writeFileSync(path.join(root, "app.ts"), "export const a = 2;\n");
    expect(isUpToDate(root, "build", "server")).toBe(false);
    writeStamp(root, "build", "server");

    writeFileSync(path.join(root, "new.ts"), "export {};\n");
    expect(isUpToDate(root, "build", "server")).toBe(false);
    writeStamp(root, "build", "server");
    writeFileSync(path.join(root, "new.ts"), "export const b = 1;\n");
    expect(isUpToDate(root, "build", "server")).toBe(false);

    git("add", ".");
    git("commit", "-qm", "more");
    writeStamp(root, "build", "server");
    git("commit", "-q", "--allow-empty", "-m", "empty");
    expect(isUpToDate(root, "build", "server")).toBe(false);
  });

  it("is stale when the install changed", () => {
    writeStamp(root, "build", "server");
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3,"x":1}');
    git("commit", "-qam", "lock");
    expect(isUpToDate(root, "build", "server")).toBe(false);
  });

  it("holds with an untracked symbolic link to a folder (a worktree sharing node_modules), and sees it change", () => {
    const target = mkdtempSync(path.join(tmpdir(), "demo-stamp-target-"));
    symlinkSync(target, path.join(root, "shared"));
    writeStamp(root, "build", "server");
    expect(isUpToDate(root, "build", "server")).toBe(true);
    rmSync(path.join(root, "shared"));
    symlinkSync(tmpdir(), path.join(root, "shared"));
    expect(isUpToDate(root, "build", "server")).toBe(false);
    rmSync(target, { recursive: true, force: true });
  });

  it("never counts as up to date outside a git checkout", () => {
    rmSync(path.join(root, ".git"), { recursive: true, force: true });
    writeStamp(root, "build", "server");
    expect(isUpToDate(root, "build", "server")).toBe(false);
  });
});
