import { REQUIRED_ROOT_SETTINGS, SCENARIO_SETTING_KEYS, type Scenario } from "@/db/schema";
import type { ScenarioSettingKey, ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { defaultsForCommodity } from "@/lib/domain/commodity-defaults";
import { SCENARIO_STATUS_TRANSITIONS, type ScenarioStatus } from "@/lib/domain/scenarios";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { SCENARIO_SETTING_SCHEMAS } from "@/lib/validation/scenario-settings";

// Domain rules on a scenario's own settings and status. Pure.

// The request schemas (lib/validation, which may not import the database schema) name exactly the stored
// settings: a setting added to one and not the other fails to compile here.
type IsExactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SettingSchemasMatchColumns = Assert<IsExactly<keyof typeof SCENARIO_SETTING_SCHEMAS, ScenarioSettingKey>>;

/** The settings present in a request (undefined = not sent; null = cleared / inherit). */
export function pickSettings(input: Partial<Record<string, unknown>>): Partial<ScenarioSettings> {
  return Object.fromEntries(
    SCENARIO_SETTING_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
  ) as Partial<ScenarioSettings>;
}

/**
 * A root's settings: `defaults` wherever `given` has no value. A required setting sent as null counts as not sent
 * (a root cannot be without it); an optional one sent as null stays null (a concentrate grade cleared for doré).
 */
export function withRootDefaults(given: Partial<ScenarioSettings>, defaults: Partial<ScenarioSettings>): Partial<ScenarioSettings> {
  const required = new Set<string>(REQUIRED_ROOT_SETTINGS);
  const kept = Object.entries(given).filter(([key, value]) => value !== null || !required.has(key));
  return { ...defaults, ...(Object.fromEntries(kept) as Partial<ScenarioSettings>) };
}

/** The revenue terms a new root scenario of the commodity starts from (lib/domain/commodity-defaults). */
export function revenueSettingsFor(commodity: string): Partial<ScenarioSettings> {
  const { metalPrice, metalPriceUnit, gradeUnit, payablePct, concentrateGradePct, treatmentChargePerDmt, refiningChargePerUnit } = defaultsForCommodity(commodity);
  return { metalPrice, metalPriceUnit, gradeUnit, payablePct, concentrateGradePct, treatmentChargePerDmt, refiningChargePerUnit };
}

/** The scenario's own (stored) settings. */
export function ownSettings(scenario: Scenario): Partial<ScenarioSettings> {
  return Object.fromEntries(SCENARIO_SETTING_KEYS.map((key) => [key, scenario[key]])) as Partial<ScenarioSettings>;
}

/**
 * What a root scenario's settings lack: every REQUIRED_ROOT_SETTINGS value (the engine cannot run without them),
 * and the rate or amount its royalty type uses. The same rules as the database CHECKs, field by field.
 */
export function rootSettingsErrors(settings: Partial<ScenarioSettings>): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const key of REQUIRED_ROOT_SETTINGS) {
    if (settings[key] === null || settings[key] === undefined) {
      fieldErrors[key] = ["is required for a scenario without a parent"];
    }
  }
  const { royaltyType, royaltyRatePct, royaltyPerUnit } = settings;
  if ((royaltyType === "nsr" || royaltyType === "gross_revenue") && (royaltyRatePct ?? null) === null) {
    fieldErrors.royaltyRatePct = [`is required for a ${royaltyType} royalty`];
  }
  if (royaltyType === "per_unit" && (royaltyPerUnit ?? null) === null) {
    fieldErrors.royaltyPerUnit = ["is required for a per-unit royalty"];
  }
  if (settings.priceSource === "deck" && (settings.priceDeckId ?? null) === null) {
    fieldErrors.priceDeckId = ["is required when the price source is a price deck"];
  }
  return fieldErrors;
}

/**
 * A root scenario must be complete (rootSettingsErrors finds nothing).
 * @throws AppError SCENARIO_SETTINGS_INCOMPLETE (422) with a field error per missing setting
 */
export function assertRootSettingsComplete(settings: Partial<ScenarioSettings>): void {
  const fieldErrors = rootSettingsErrors(settings);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("SCENARIO_SETTINGS_INCOMPLETE", "A scenario without a parent needs every required setting", {
      status: 422,
      fieldErrors,
    });
  }
}

/** Allowed status changes: a draft is activated or archived; an active one archived; an archived one restored. */
export const STATUS_TRANSITIONS = SCENARIO_STATUS_TRANSITIONS;

/** @throws AppError SCENARIO_STATUS_TRANSITION (422) for a change STATUS_TRANSITIONS does not allow */
export function assertStatusTransition(from: ScenarioStatus, to: ScenarioStatus): void {
  if (from === to || STATUS_TRANSITIONS[from].includes(to)) return;
  throw new AppError("SCENARIO_STATUS_TRANSITION", `A ${from} scenario cannot become ${to}`, {
    status: 422,
    fieldErrors: { status: [`allowed from ${from}: ${STATUS_TRANSITIONS[from].join(", ")}`] },
  });
}
