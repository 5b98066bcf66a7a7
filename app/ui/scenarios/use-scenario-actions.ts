"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApiSubmit, type ApiSubmitResult } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import type { ScenarioStatus } from "@/lib/domain/scenarios";
import type { ScenarioNode } from "./tree";

export const STALE_SCENARIO_MESSAGE = "Someone else changed this scenario; reload to see their changes";

export type ChildrenChoice = "delete" | "reparent";

type ScenarioResponse = { scenario: { id: string; name: string } };

/** The header fields the tree edits (PATCH /api/scenarios/{id}); description null clears it. */
export type ScenarioDetailsChange = { name?: string; description?: string | null; status?: ScenarioStatus };

/**
 * The tree's mutations through the JSON API. Each refreshes the server-rendered page when it succeeds and
 * leaves a sentence for the page's status region (screen readers hear what happened).
 */
export function useScenarioActions() {
  const router = useRouter();
  const submit = useApiSubmit({ STALE_UPDATE: STALE_SCENARIO_MESSAGE });
  const [announcement, setAnnouncement] = useState("");

  async function act<T>(work: () => Promise<T>, done: string): Promise<ApiSubmitResult<T>> {
    setAnnouncement("");
    const result = await submit.run(work);
    if (result.ok) {
      setAnnouncement(done);
      router.refresh();
    }
    return result;
  }

  /** A new branch inherits everything and overrides nothing yet: its editor, where the what-if is entered, opens. */
  async function branch(parent: ScenarioNode, input: { name: string; description: string | null }, projectId: string) {
    setAnnouncement("");
    const result = await submit.run(() => api.post<ScenarioResponse>(`/api/scenarios/${parent.id}/branch`, input));
    if (result.ok) router.push(`/projects/${projectId}/scenarios/${result.value.scenario.id}`);
    return result;
  }

  return {
    submit,
    announcement,
    branch,
    updateDetails: (scenario: ScenarioNode, change: ScenarioDetailsChange) =>
      act(() => api.patch<ScenarioResponse>(`/api/scenarios/${scenario.id}`, { ...change, version: scenario.version }), `“${change.name ?? scenario.name}” saved.`),
    setBaseCase: (scenario: ScenarioNode) =>
      act(() => api.patch<ScenarioResponse>(`/api/scenarios/${scenario.id}`, { isBaseCase: true, version: scenario.version }), `“${scenario.name}” is now the base case.`),
    setStatus: (scenario: ScenarioNode, status: "archived" | "draft") =>
      act(
        () => api.patch<ScenarioResponse>(`/api/scenarios/${scenario.id}`, { status, version: scenario.version }),
        status === "archived" ? `“${scenario.name}” archived.` : `“${scenario.name}” restored as a draft.`,
      ),
    remove: (scenario: ScenarioNode, children?: ChildrenChoice) =>
      act(() => api.delete(`/api/scenarios/${scenario.id}`, { query: { children } }), `“${scenario.name}” deleted.`),
  };
}

export type ScenarioActions = ReturnType<typeof useScenarioActions>;
