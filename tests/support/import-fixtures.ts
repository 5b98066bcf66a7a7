import type { Db } from "@/db/client";
import { SCENARIO_SETTING_KEYS } from "@/db/schema";
import { SCENARIO_ROW_ENTITIES } from "@/lib/domain/row-kinds";
import { fieldsOf } from "@/db/queries/rows/tables";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { importLimits, type ImportLimits } from "@/lib/import-export/limits";

// Helpers for the import/export tests (not used by the app).

export const TEST_LIMITS: ImportLimits = importLimits();

/** A complete root with nothing in common with the demo: every optional setting unset, no rows. */
export const MINIMAL_ROOT_SETTINGS = {
  ...Object.fromEntries(SCENARIO_SETTING_KEYS.map((key) => [key, null])),
  startYear: 2030,
  lifeYears: 5,
  constructionPeriods: 1,
  currency: "EUR",
  discountRatePct: 10,
  discounting: "mid_period",
  incomeTaxRatePct: 25,
  royaltyType: "none",
  depreciationMethod: "units_of_production",
  depreciationLifeYears: 5,
  taxLossCarryForward: false,
  receivableDays: 0,
  payableDays: 0,
  closureCost: 0,
  salvageValue: 0,
  inflationPct: 2,
  terms: "nominal",
  metalPrice: 1,
  metalPriceUnit: "t",
  fxRate: 1,
  gradeUnit: "g_per_t",
  payablePct: 100,
} as const;

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

/** A multipart POST as a browser sends it: the file under `file`, plus text fields. */
export function multipartRequest(
  url: string,
  { name, bytes, fields = {}, cookie }: { name: string; bytes: Uint8Array; fields?: Record<string, string>; cookie?: string },
): Request {
  const form = new FormData();
  form.set("file", new Blob([bytes.slice()]), name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const headers = new Headers();
  if (cookie) headers.set("cookie", cookie);
  return new Request(new URL(url, "http://localhost:3000"), { method: "POST", body: form, headers });
}

/** The JSON answer of a route handler called directly. */
export async function answer(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
