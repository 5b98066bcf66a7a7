import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findLeaks, findMissing } from "./check-build-output.mjs";

// The check `npm run build` and deploy/build.sh run on their output (see the script for the incident).

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function outputTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "calminer-output-"));
  dirs.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe("the build-output check", () => {
  const secret = "x".repeat(12) + "generated-development-secret";

  it("passes a clean output", () => {
    expect(findLeaks(outputTree({ "server.js": "console.log(1)", ".next/server/app.js": "export {}" }), [secret])).toEqual([]);
  });

  it("finds a traced .data folder, an env file and the generated secret file", () => {
    const root = outputTree({ ".data/auth-secret": secret, ".env.local": "AUTH_SECRET=1", "server.js": "" });
    const findings = findLeaks(root, []).map((finding) => path.relative(root, finding.split(":")[0] ?? ""));
    expect(findings.sort()).toEqual([".data", ".env.local"]);
  });

  it("finds a secret value inlined into any file", () => {
    const root = outputTree({ ".next/server/chunks/1.js": `const k = "${secret}";` });
    expect(findLeaks(root, [secret])).toEqual([`${path.join(root, ".next/server/chunks/1.js")}: contains a secret value`]);
  });

  it("finds a file the server reads at run time missing from a server tree", () => {
    const standalone = outputTree({ "server.js": "" });
    expect(findMissing(standalone)).toEqual([`${path.join(standalone, "node_modules/playwright-core/browsers.json")}: read at run time, missing from the build output`]);
    const app = outputTree({ "server.mjs": "", ".next-worker/engine-worker.mjs": "", ".next-worker/upload-worker.cjs": "" });
    expect(findMissing(app)).toEqual([]);
    const appWithoutUploadWorker = outputTree({ "server.mjs": "", ".next-worker/engine-worker.mjs": "" });
    expect(findMissing(appWithoutUploadWorker)).toEqual([`${path.join(appWithoutUploadWorker, ".next-worker/upload-worker.cjs")}: read at run time, missing from the build output`]);
    expect(findMissing(outputTree({ "migrate.mjs": "" }))).toEqual([]);
  });
});
