import { api } from "@/lib/client/api-client";
import type { RunSimulationBody, SimulationDetailOutput, SimulationEvent, SimulationRunOutput } from "@/lib/http/contracts/simulations";

// The simulation API as the pages call it (types from the contract; the contract module itself stays on the server
// so the client bundle does not carry the database schema it imports).

export type StartedRun = SimulationDetailOutput | SimulationRunOutput;

/** A 201 answer carries the finished run with its results; a 202 answer only the queued run. */
export function isDetail(run: StartedRun): run is SimulationDetailOutput {
  return "results" in run;
}

export async function startRun(body: RunSimulationBody): Promise<StartedRun> {
  return (await api.post<{ run: StartedRun }>("/api/simulations/run", body)).run;
}

export async function getRun(runId: string, signal?: AbortSignal): Promise<SimulationDetailOutput> {
  return (await api.get<{ run: SimulationDetailOutput }>(`/api/simulations/${runId}`, { signal })).run;
}

export async function cancelRun(runId: string): Promise<SimulationRunOutput> {
  return (await api.post<{ run: SimulationRunOutput }>(`/api/simulations/${runId}/cancel`)).run;
}

export async function rerunRun(runId: string): Promise<StartedRun> {
  return (await api.post<{ run: StartedRun }>(`/api/simulations/${runId}/rerun`)).run;
}

export const EVENT_TYPES = ["progress", "done", "failed", "cancelled"] as const;

/** One server-sent event's data, or null when it is not one the contract describes. */
export function parseEvent(data: string): SimulationEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return null;
    const type = (value as { type?: unknown }).type;
    return (EVENT_TYPES as readonly unknown[]).includes(type) ? (value as SimulationEvent) : null;
  } catch {
    return null;
  }
}
