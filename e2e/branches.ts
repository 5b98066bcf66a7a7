import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

// Journeys that change a scenario work on a fresh branch of the demo base case (deleted afterwards), so the demo
// every other spec reads stays as seeded.

export const DEMO_BASE = "Base case (feasibility study)";

/** Signs in as the project manager, branches the base case as `name` and opens the branch's Parameters tab. */
export async function openBranchParameters(page: Page, name: string): Promise<string> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("pm@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await page.getByRole("link", { name: DEMO_BASE, exact: true }).click();
  await expect(page.getByRole("heading", { name: DEMO_BASE, level: 1 })).toBeVisible();
  const baseId = /scenarios\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  const branched = await page.request.post(`/api/scenarios/${baseId}/branch`, { data: { name } });
  expect(branched.status()).toBe(201);
  const branchId = ((await branched.json()) as { scenario: { id: string } }).scenario.id;
  await page.goto(`${new URL(page.url()).pathname.replace(baseId, branchId)}?tab=parameters`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return branchId;
}

/** Deletes the branch a journey made. */
export async function deleteBranch(page: Page, branchId: string): Promise<void> {
  expect((await page.request.delete(`/api/scenarios/${branchId}`)).status()).toBe(204);
}
