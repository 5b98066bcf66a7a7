"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApiSubmit, type ApiSubmitResult } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import type { ScenarioNode } from "./tree";

export const STALE_SCENARIO_MESSAGE = "Someone else changed this scenario; reload to see their changes";

export type ChildrenChoice = "delete" | "reparent";

type ScenarioResponse = { scenario: { id: string; name: string } };

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

  return {
    submit,
    announcement,
    branch: (parent: ScenarioNode, input: { name: string; description: string | null }) =>
      act(() => api.post<ScenarioResponse>(`/api/scenarios/${parent.id}/branch`, input), `Scenario “${input.name}” branched from “${parent.name}”.`),
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
