import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { changedDetails, EditScenarioDialog, statusOptions } from "./edit-scenario-dialog";
import type { ScenarioNode } from "./tree";
import type { ScenarioActions } from "./use-scenario-actions";

// The tree's Edit dialog as a screen reader meets it, and what it sends: only the fields that changed.

const scenario: ScenarioNode = {
  id: "00000000-0000-4000-8000-000000000001",
  parentScenarioId: null,
  name: "Base case",
  description: null,
  status: "active",
  isBaseCase: true,
  version: 3,
  updatedAt: "2026-12-01T00:00:00.000Z",
  metrics: null,
  children: [],
};

function actionsWith(fieldErrors: Record<string, string[]> = {}, message?: string): ScenarioActions {
  const submit = { pending: false, error: null, message, fieldErrors, run: async () => ({ ok: false as const, error: new Error("unused") as never }), reset: () => undefined };
  return { submit, announcement: "" } as unknown as ScenarioActions;
}

describe("EditScenarioDialog", () => {
  it("labels every field, starts from the scenario and offers only the statuses it may move to", () => {
    const html = renderToStaticMarkup(<EditScenarioDialog scenario={scenario} actions={actionsWith()} onClose={() => undefined} />);
    expect(html).toContain("Edit “Base case”");
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>Name/);
    expect(html).toContain('value="Base case"');
    expect(html).toMatch(/<label[^>]*>Description/);
    expect(html).toMatch(/<label[^>]*>Status/);
    expect(html).toContain('<option value="active" selected="">Active</option>');
    expect(html).toContain('<option value="archived">Archived</option>');
    expect(html).not.toContain('value="draft"');
  });

  it("shows the API's field errors beside their fields, marked invalid", () => {
    const html = renderToStaticMarkup(<EditScenarioDialog scenario={scenario} actions={actionsWith({ name: ["is already used in this project"] }, "The project already has a scenario named \"X\"")} onClose={() => undefined} />);
    expect(html).toContain("is already used in this project");
    expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*name="name"|<input[^>]*name="name"[^>]*aria-invalid="true"/);
  });

  it("renders nothing inside the dialog while it is closed", () => {
    const html = renderToStaticMarkup(<EditScenarioDialog scenario={null} actions={actionsWith()} onClose={() => undefined} />);
    expect(html).not.toContain("<form");
  });
});

describe("what the Edit dialog sends", () => {
  it("sends only what changed; a cleared description as null", () => {
    expect(changedDetails(scenario, { name: "Base case", description: null, status: "active" })).toEqual({});
    expect(changedDetails(scenario, { name: "Base", description: "Why", status: "archived" })).toEqual({ name: "Base", description: "Why", status: "archived" });
    expect(changedDetails({ ...scenario, description: "Old" }, { name: "Base case", description: null, status: "active" })).toEqual({ description: null });
  });

  it("lists the current status first, then the allowed moves", () => {
    expect(statusOptions("draft").map((option) => option.value)).toEqual(["draft", "active", "archived"]);
    expect(statusOptions("archived").map((option) => option.value)).toEqual(["archived", "draft", "active"]);
  });
});
