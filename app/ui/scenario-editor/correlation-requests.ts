import { parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { api, isApiError } from "@/lib/client/api-client";

// Saving the correlation matrix: PUT /api/scenarios/{id}/correlations with the non-zero pairs (left-out pairs are 0).
// Coefficients are typed in the person's number format (issue #15): "0,5" is 0.5 under a decimal comma.

/** The key of an unordered pair of parameters (lineage ids). */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join(":");
}

/** A cell's coefficient: 0 when blank (uncorrelated), NaN when the text is no number in the format. */
export function coefficientOf(text: string, decimal: DecimalSeparator): number {
  const parsed = parseNumberText(text, decimal);
  if (parsed.kind === "empty") return 0;
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}

/** Why a cell's text is refused, in words; undefined when it is a number or blank. */
export function coefficientProblem(text: string, decimal: DecimalSeparator): string | undefined {
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "invalid" ? `Correlation coefficient (−1 to 1): ${parsed.message}` : undefined;
}

type CheckResult = { isPositiveSemiDefinite: boolean; repairs: unknown[] };

export type CorrelationSaveOutcome =
  | { ok: true; status: string }
  | { ok: false; message: string; fields: Record<string, string> };

/**
 * Sends the matrix; field errors (`pairs.<index>.…`) come back keyed by pair, and the API's check of the matrix
 * (positive semi-definite or not) is said in words.
 */
export async function saveCorrelations(scenarioId: string, version: number, values: ReadonlyMap<string, string>, decimal: DecimalSeparator = "."): Promise<CorrelationSaveOutcome> {
  const refused = Object.fromEntries([...values.entries()].flatMap(([key, text]) => {
    const problem = coefficientProblem(text, decimal);
    return problem ? [[key, problem]] : [];
  }));
  if (Object.keys(refused).length > 0) return { ok: false, message: "Some coefficients are not numbers in your format. Nothing was saved.", fields: refused };
  const entries = [...values.entries()].filter(([, text]) => coefficientOf(text, decimal) !== 0);
  const pairs = entries.map(([key, text]) => {
    const [parameterALineageId, parameterBLineageId] = key.split(":");
    return { parameterALineageId, parameterBLineageId, coefficient: coefficientOf(text, decimal) };
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
