// Case 5: a burst of report PDFs while Chromium cannot start (REPORT_CHROMIUM_PATH is a wrapper that exits 1 while
// a flag file exists), then the same after the flag is removed. Broken: every answer is a clean 503 with
// Retry-After (the renderer cannot start, or the render queue is full) or a 4xx with an error code; no 500, no
// request left hanging. Fixed: PDFs render again (200, %PDF-) in the same app process, which is not restarted.
// The app has rendered no PDF before this case, so no browser started earlier can hide the broken one.
import { rmSync, writeFileSync } from "node:fs";
import { assert, check, failedCount } from "../tests/harness";
import { countIn, demoIds, ipv4, readSetup, recordRow, runCase, signIn, startLoad, waitFor, type Api, type LoadResult } from "./support";

const setup = readSetup();

/** Two loads as one row of the table: requests and answers added up. */
function merged(a: LoadResult, b: LoadResult): LoadResult {
  const statuses = { ...a.statuses };
  for (const [status, n] of Object.entries(b.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  return { ...a, requests: a.requests + b.requests, statuses, errors: a.errors + b.errors, timeouts: a.timeouts + b.timeouts, samples: [...a.samples, ...b.samples], answers: { ...b.answers, ...a.answers } };
}

async function isPdf(api: Api, path: string): Promise<true | undefined> {
  const response = await api(path);
  const body = new Uint8Array(await response.arrayBuffer());
  return response.status === 200 && new TextDecoder().decode(body.slice(0, 5)) === "%PDF-" ? true : undefined;
}

const LABEL = "5 PDF, Chromium failing";
await runCase(setup, LABEL, async () => {
  const cookie = await signIn(setup.appUrl, setup.user);
  const api: Api = (p, init = {}) => fetch(`${setup.appUrl}${p}`, { ...init, headers: { cookie, ...init.headers } });
  const { projectId } = await demoIds(api);
  const path = `/api/reports/project-summary.pdf?projectId=${projectId}`;
  const loadOptions = { url: `${ipv4(setup.appUrl)}${path}`, headers: { cookie }, timeoutSeconds: 60 };

  writeFileSync(setup.chromiumBrokenFlag, "");
  const broken = await startLoad({ ...loadOptions, connections: 6, durationSeconds: 6 });
  rmSync(setup.chromiumBrokenFlag);
  const recovered = await waitFor("a report PDF after Chromium is fixed", () => isPdf(api, path), 120_000).catch(() => undefined);
  const fixed = await startLoad({ ...loadOptions, connections: 2, amount: 6, expectPrefix: "%PDF-" });

  await check("while Chromium fails, a PDF burst gets only 503 with Retry-After or a 4xx with a code: no 500, no hang", () => {
    const unclean = Object.entries(broken.answers).filter(([key, { count, withRetryAfter }]) => !(/^503 [A-Z_]+$/.test(key) && withRetryAfter === count) && !/^4\d\d [A-Z_]+$/.test(key));
    assert(unclean.length === 0 && broken.errors === 0 && broken.timeouts === 0, `${broken.errors} errors, ${broken.timeouts} timeouts; answers ${JSON.stringify(broken.answers)}; ${JSON.stringify(broken.samples.slice(0, 3))}`);
    assert(countIn(broken, 503, 504) > 0 && countIn(broken, 200, 300) === 0, `the burst must meet the broken renderer: ${JSON.stringify(broken.statuses)}`);
  });
  await check("once Chromium starts again, PDFs render (200, %PDF-) without restarting the app", () => {
    assert(recovered, "no PDF within 120 s");
    assert(countIn(fixed, 200, 300) > 0 && countIn(fixed, 300, 600) === 0 && fixed.errors === 0 && fixed.timeouts === 0, `after the fix: ${JSON.stringify(fixed.statuses)}, ${fixed.errors} errors, ${fixed.timeouts} timeouts`);
    assert(fixed.prefixMatches === countIn(fixed, 200, 300), `${countIn(fixed, 200, 300) - fixed.prefixMatches} answers of 200 are not PDFs`);
  });
  const dataCheck = recovered ? `${fixed.prefixMatches} of ${countIn(fixed, 200, 300)} 200s start %PDF-` : "no PDF after the fix";
  recordRow(setup, { case: LABEL, load: merged(broken, fixed), recoverySeconds: recovered?.seconds ?? null, dataCheck });
});
process.exitCode = failedCount() > 0 ? 1 : (process.exitCode ?? 0);
