import { api, isApiError } from "@/lib/client/api-client";

// Saving the correlation matrix: PUT /api/scenarios/{id}/correlations with the non-zero pairs (left-out pairs are 0).

/** The key of an unordered pair of parameters (lineage ids). */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join(":");
}

type CheckResult = { isPositiveSemiDefinite: boolean; repairs: unknown[] };

export type CorrelationSaveOutcome =
  | { ok: true; status: string }
  | { ok: false; message: string; fields: Record<string, string> };

/**
 * Sends the matrix; field errors (`pairs.<index>.…`) come back keyed by pair, and the API's check of the matrix
 * (positive semi-definite or not) is said in words.
 */
export async function saveCorrelations(scenarioId: string, version: number, values: ReadonlyMap<string, string>): Promise<CorrelationSaveOutcome> {
  const entries = [...values.entries()].filter(([, text]) => text.trim() !== "" && Number(text) !== 0);
  const pairs = entries.map(([key, text]) => {
    const [parameterALineageId, parameterBLineageId] = key.split(":");
    return { parameterALineageId, parameterBLineageId, coefficient: Number(text) };
  });
  try {
    const result = await api.put<{ check: CheckResult }>(`/api/scenarios/${scenarioId}/correlations`, { version, pairs });
    const status = result.check.isPositiveSemiDefinite
      ? "Correlations saved."
      : "Correlations saved. The matrix is not positive semi-definite: simulations will repair it to the nearest valid matrix.";
    return { ok: true, status };
  } catch (caught) {
    const fields: Record<string, string> = {};
    for (const [key, messages] of Object.entries(isApiError(caught) ? (caught.fieldErrors ?? {}) : {})) {
      const entry = entries[Number(/^pairs\.(\d+)/.exec(key)?.[1])];
      if (entry && messages?.[0]) fields[entry[0]] = messages[0];
    }
    return { ok: false, message: `${isApiError(caught) ? caught.message : "The correlations could not be saved."} Nothing was saved.`, fields };
  }
}
