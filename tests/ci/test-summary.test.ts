import { describe, expect, it } from "vitest";
import { summarise } from "../../.ci/test-summary.mjs";

type Assertion = { fullName: string; status: string };
const root = "/repo";
const vitest = (file: string, suites: Record<string, Assertion[]>) => ({
  file,
  report: { testResults: Object.entries(suites).map(([name, assertionResults]) => ({ name: `${root}/${name}`, assertionResults })) },
});
const playwright = (stats: { expected: number; unexpected: number; flaky: number; skipped: number }) => ({ file: "playwright.json", report: { stats } });

describe("the CI test summary", () => {
  it("counts a Vitest case that ran on both databases once, and says where the cases ran", () => {
    const postgres = vitest("vitest-postgres.json", { "a.test.ts": [{ fullName: "a works", status: "passed" }, { fullName: "needs redis", status: "passed" }] });
    const embedded = vitest("vitest-embedded.json", { "a.test.ts": [{ fullName: "a works", status: "passed" }, { fullName: "needs redis", status: "skipped" }] });
    const { lines, passed } = summarise([postgres, embedded], root);
    expect(passed).toBe(2);
    expect(lines[0]).toBe("vitest: 2 passed, 0 failed, 0 skipped (unique cases; ran 1 on embedded + postgres, 1 on postgres)");
  });

  it("counts a case that failed on one database as failed", () => {
    const postgres = vitest("vitest-postgres.json", { "b.test.ts": [{ fullName: "b", status: "failed" }] });
    const embedded = vitest("vitest-embedded.json", { "b.test.ts": [{ fullName: "b", status: "passed" }] });
    expect(summarise([postgres, embedded], root)).toMatchObject({ passed: 0, failed: 1 });
  });

  it("keeps cases of the same name in different files apart", () => {
    const report = vitest("vitest-postgres.json", { "c.test.ts": [{ fullName: "same", status: "passed" }], "d.test.ts": [{ fullName: "same", status: "passed" }] });
    expect(summarise([report], root).passed).toBe(2);
  });

  it("counts a Playwright test that passed only on retry as flaky, not passed", () => {
    const { lines, passed } = summarise([playwright({ expected: 48, unexpected: 0, flaky: 2, skipped: 0 })], root);
    expect(passed).toBe(48);
    expect(lines.at(-1)).toBe("tests: 48 passed, 0 failed, 0 skipped; 2 flaky (passed only on retry)");
  });

  it("adds the deploy and fault suites' counts", () => {
    const { lines, failed } = summarise([{ file: "deploy.json", report: { numPassedTests: 29, numFailedTests: 1 } }], root);
    expect(failed).toBe(1);
    expect(lines).toEqual(["deploy: 29 passed, 1 failed", "tests: 29 passed, 1 failed, 0 skipped; 0 flaky (passed only on retry)"]);
  });
});
