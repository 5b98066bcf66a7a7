import { expect, type APIRequestContext } from "@playwright/test";

// Creates projects and scenarios through the JSON API for the specs that need them as a starting point, and
// deletes every project it created (scenarios go with it) in cleanup().

/** Every setting a root scenario needs (REQUIRED_ROOT_SETTINGS), with plain values. */
export const ROOT_SETTINGS = {
  startYear: 2027,
  lifeYears: 10,
  constructionPeriods: 2,
  currency: "USD",
  discountRatePct: 8,
  discounting: "end_of_period",
  incomeTaxRatePct: 27,
  royaltyType: "none",
  depreciationMethod: "straight_line",
  depreciationLifeYears: 8,
  taxLossCarryForward: true,
  receivableDays: 30,
  payableDays: 30,
  closureCost: 0,
  salvageValue: 0,
  inflationPct: 0,
  terms: "real",
  metalPrice: 4,
  metalPriceUnit: "lb",
  fxRate: 1,
  gradeUnit: "pct",
  payablePct: 96,
} as const;

/** A name no other test run uses. */
export function uniqueName(label: string): string {
  return `E2E ${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

export class ProjectFactory {
  private readonly projectIds: string[] = [];

  /** `request` must carry a project manager's session (page.request after signing in). */
  constructor(private readonly request: APIRequestContext) {}

  async createProject(name: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
    const response = await this.request.post("/api/projects", {
      data: { name, operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8, location: "E2E", ...overrides },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { project } = (await response.json()) as { project: { id: string; name: string } };
    this.projectIds.push(project.id);
    return project;
  }

  async createRootScenario(projectId: string, name: string, settings: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
    const response = await this.request.post(`/api/projects/${projectId}/scenarios`, { data: { name, ...ROOT_SETTINGS, ...settings } });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { scenario: { id: string; name: string } }).scenario;
  }

  /** Remembers a project created through the UI so cleanup() deletes it too. */
  track(projectId: string): void {
    if (!this.projectIds.includes(projectId)) this.projectIds.push(projectId);
  }

  async cleanup(): Promise<void> {
    for (const id of this.projectIds.splice(0)) {
      const response = await this.request.delete(`/api/projects/${id}`);
      expect([204, 404]).toContain(response.status());
    }
  }
}
