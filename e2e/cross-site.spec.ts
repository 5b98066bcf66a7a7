import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { uniqueName } from "./project-factory";

// A page on another origin of the same site (here another port of localhost: SameSite=Lax session cookies are still
// sent) makes the signed-in admin's browser post to the API: a plain form with a text/plain body that reads as JSON,
// and a fetch with the cookie. Neither may create anything.

/**
 * Serves the forging page from a real server on another port of localhost (a page the test fulfilled itself would
 * count as public, and Chromium's local-network protection would block its requests before our guard saw them).
 */
async function serveEvilPage(html: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

function evilPage(appOrigin: string, projectName: string): string {
  const json = JSON.stringify({ name: projectName, operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8 });
  // text/plain forms send "name=value": the JSON is split across the name and the value around one "=".
  const [before, after] = [json.slice(0, -1) + ',"pad":"', '"}'];
  return `<!doctype html><title>Win a prize</title>
<form id="forged" method="POST" action="${appOrigin}/api/projects" enctype="text/plain" target="result">
  <input name='${before}' value='${after}'>
</form>
<iframe name="result"></iframe>
<script>
  window.fetchStatus = fetch("${appOrigin}/api/projects", { method: "POST", credentials: "include", mode: "no-cors",
    headers: { "content-type": "text/plain" }, body: ${JSON.stringify(json)} }).then(() => "sent", () => "failed");
  document.getElementById("forged").submit();
</script>`;
}

test("as a signed-in admin, a page on another origin of the site cannot create a project with my session", async ({ page, baseURL }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("admin@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  const projectName = uniqueName("Forged");
  const evil = await serveEvilPage(evilPage(String(baseURL), projectName));
  try {
    const formAnswer = page.waitForResponse((response) => response.url().endsWith("/api/projects") && response.request().method() === "POST");
    await page.goto(`${evil.origin}/prize`);
    expect((await formAnswer).status()).toBe(403);
    await page.waitForFunction(() => (window as unknown as { fetchStatus?: Promise<string> }).fetchStatus !== undefined);
    expect(await page.evaluate(() => (window as unknown as { fetchStatus: Promise<string> }).fetchStatus)).toBe("sent");
  } finally {
    evil.server.close();
  }

  const listed = await page.request.get(`/api/projects?q=${encodeURIComponent(projectName)}`);
  expect(listed.ok()).toBe(true);
  expect(JSON.stringify(await listed.json())).not.toContain(projectName);
});
