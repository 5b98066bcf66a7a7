import type { Db } from "@/db/client";
import { SCENARIO_ROW_ENTITIES } from "@/db/schema";
import { fieldsOf } from "@/db/queries/rows/tables";
import { loadEffectiveScenario } from "@/lib/scenario/load-effective-scenario";
import { importLimits, type ImportLimits } from "./limits";

// Helpers for the import/export tests (not used by the app).

export const TEST_LIMITS: ImportLimits = importLimits();

/** The scenario's effective rows of every kind, without identity columns, in a stable order. */
export async function effectiveFields(db: Db, { organisationId, scenarioId }: { organisationId: string; scenarioId: string }) {
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) throw new Error("scenario not found");
  return Object.fromEntries(
    SCENARIO_ROW_ENTITIES.map((entity) => [
      entity,
      effective.rows[entity]
        .map(({ row }) => ({ lineageId: row.lineageId, ...fieldsOf(row) }))
        .sort((a, b) => String(a.lineageId).localeCompare(String(b.lineageId))),
    ]),
  );
}

export function csvUpload(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}
