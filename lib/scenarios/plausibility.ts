import type { OpexItem, ProductionOutput, ScenarioProduct } from "@/db/schema";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import {
  GRADE_UNIT_SUFFIX,
  USUAL_DISCOUNT_RATE_PCT,
  USUAL_RECOVERY_PCT,
  rangesForCommodity,
  type CommodityRanges,
  type NamedCommodityRanges,
  type PlausibilityCode,
  type PlausibilityWarning,
  type UsualRange,
} from "@/lib/domain/plausibility";
import type { EffectiveScenario } from "./load-effective-scenario";

// Values a reviewer would question (issue #15): warnings, never errors. Pure; the editor and the economics
// report show the same list. Rows the model ignores (outside the mine life) are warned about too, since an
// analyst who typed them expected them to count.

type GradeUnit = CommodityRanges["gradeUnit"];

export type PlausibilityInput = {
  /** The project's primary commodity, e.g. "copper" or "Au". */
  commodity: string;
  settings: Pick<ScenarioSettings, "discountRatePct" | "lifeYears" | "constructionPeriods" | "gradeUnit" | "currency">;
  production: readonly Pick<ProductionOutput, "period" | "oreProcessedT" | "headGrade" | "recoveryPct">[];
  opex: readonly Pick<OpexItem, "name" | "basis" | "unitCost" | "quantity" | "startPeriod">[];
  products: readonly Pick<ScenarioProduct, "name" | "gradeUnit" | "headGrade" | "recoveryPct">[];
};

/** Grams of metal per tonne of ore in one unit of each grade unit (1 % = 10,000 g/t; ppm = g/t). */
const G_PER_T: Readonly<Record<GradeUnit, number>> = { pct: 10_000, g_per_t: 1, ppm: 1 };

/** Trims a float to at most 4 significant digits for a message (0.30000000000000004 → 0.3). */
function show(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function describeRange(range: UsualRange, suffix: string): string {
  return `${show(range.min)}–${show(range.max)}${suffix}`;
}

/** "far above"/"far below" the range, or undefined inside it (the bounds themselves are usual). */
function outside(value: number, range: UsualRange): string | undefined {
  if (value > range.max) return "far above";
  if (value < range.min) return "far below";
  return undefined;
}

function warning(code: PlausibilityCode, field: string, message: string, rowRef?: string): PlausibilityWarning {
  return rowRef === undefined ? { code, field, message } : { code, field, rowRef, message };
}

/** The commodity's grade range expressed in `unit`, so the message reads in the scenario's own unit. */
function gradeRangeIn(ranges: CommodityRanges, unit: GradeUnit): UsualRange {
  const factor = G_PER_T[ranges.gradeUnit] / G_PER_T[unit];
  return { min: ranges.headGrade.min * factor, max: ranges.headGrade.max * factor };
}

function checkGrade(grade: number, unit: GradeUnit, ranges: NamedCommodityRanges, where: string): string | undefined {
  const range = gradeRangeIn(ranges, unit);
  const side = outside(grade, range);
  const suffix = ` ${GRADE_UNIT_SUFFIX[unit]}`;
  return side && `Head grade ${show(grade)}${suffix}${where} is ${side} ${ranges.commodity}'s usual ${describeRange(range, suffix)}`;
}

function checkRecovery(recoveryPct: number, where: string): string | undefined {
  const side = outside(recoveryPct, USUAL_RECOVERY_PCT);
  return side && `Recovery ${show(recoveryPct)} %${where} is ${side} the usual ${describeRange(USUAL_RECOVERY_PCT, " %")}`;
}

function reviewSettings({ settings }: PlausibilityInput): PlausibilityWarning[] {
  const rate = settings.discountRatePct;
  const side = rate === null ? undefined : outside(rate, USUAL_DISCOUNT_RATE_PCT);
  if (rate === null || !side) return [];
  const message = `Discount rate ${show(rate)} % is ${side} the usual ${describeRange(USUAL_DISCOUNT_RATE_PCT, " %")}`;
  return [warning("discount_rate_unusual", "settings.discountRatePct", message)];
}

/** The mine's production periods, first and last (project periods, construction first); undefined while unset. */
function productionWindow({ settings }: PlausibilityInput): { first: number; last: number } | undefined {
  if (settings.lifeYears === null) return undefined;
  const first = settings.constructionPeriods ?? 0;
  return { first, last: first + settings.lifeYears - 1 };
}

function reviewProduction(input: PlausibilityInput, ranges: NamedCommodityRanges | undefined): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const window = productionWindow(input);
  const unit = input.settings.gradeUnit ?? ranges?.gradeUnit ?? "pct";
  for (const row of [...input.production].sort((a, b) => a.period - b.period)) {
    const ref = `period ${row.period}`;
    const where = ` in ${ref}`;
    if (window && row.period > window.last) {
      const message = `Production in ${ref} is after the mine's last period (${window.last}); the model ignores it`;
      warnings.push(warning("period_outside_life", "production.period", message, ref));
    } else if (window && row.period < window.first && row.oreProcessedT > 0) {
      const message = `Production in ${ref} is before the mine's first production period (${window.first}); the model ignores it`;
      warnings.push(warning("period_outside_life", "production.period", message, ref));
    }
    // A period with no ore processed (construction, pre-strip) has no meaningful grade or recovery.
    if (row.oreProcessedT <= 0) continue;
    const grade = ranges && checkGrade(row.headGrade, unit, ranges, where);
    if (grade) warnings.push(warning("head_grade_unusual", "production.headGrade", grade, ref));
    const recovery = checkRecovery(row.recoveryPct, where);
    if (recovery) warnings.push(warning("recovery_unusual", "production.recoveryPct", recovery, ref));
  }
  return warnings;
}

function reviewOpex(input: PlausibilityInput, ranges: NamedCommodityRanges | undefined): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const window = productionWindow(input);
  for (const item of input.opex) {
    if (window && item.startPeriod > window.last) {
      const message = `Opex item "${item.name}" starts in period ${item.startPeriod}, after the mine's last period (${window.last})`;
      warnings.push(warning("period_outside_life", "opex.startPeriod", message, item.name));
    }
  }
  // The usual range is in USD per tonne processed: a scenario in another currency is not compared.
  if (!ranges || input.settings.currency !== "USD") return warnings;
  const perTonne = input.opex.filter((item) => item.basis === "per_tonne_processed");
  if (perTonne.length === 0) return warnings;
  const usdPerT = perTonne.reduce((sum, item) => sum + item.unitCost * item.quantity, 0);
  const side = outside(usdPerT, ranges.opexUsdPerTProcessed);
  if (side) {
    const range = describeRange(ranges.opexUsdPerTProcessed, " USD/t");
    const message = `Opex of ${show(usdPerT)} USD per tonne processed is ${side} ${ranges.commodity}'s usual ${range}`;
    warnings.push(warning("opex_per_tonne_unusual", "opex.unitCost", message));
  }
  return warnings;
}

function reviewProducts(input: PlausibilityInput): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  for (const product of input.products) {
    const where = ` of product "${product.name}"`;
    const ranges = rangesForCommodity(product.name);
    const grade = ranges && checkGrade(product.headGrade, product.gradeUnit, ranges, where);
    if (grade) warnings.push(warning("head_grade_unusual", "products.headGrade", grade, product.name));
    const recovery = checkRecovery(product.recoveryPct, where);
    if (recovery) warnings.push(warning("recovery_unusual", "products.recoveryPct", recovery, product.name));
  }
  return warnings;
}

/**
 * The values of a scenario a reviewer would question, settings first, then production by period, opex, products.
 * An unknown commodity gets only the checks that do not depend on it (recovery, discount rate, periods).
 * @example reviewPlausibility(input)[0]?.message // "Head grade 12 % in period 3 is far above copper's usual 0.1–5 %"
 */
export function reviewPlausibility(input: PlausibilityInput): PlausibilityWarning[] {
  const ranges = rangesForCommodity(input.commodity);
  return [...reviewSettings(input), ...reviewProduction(input, ranges), ...reviewOpex(input, ranges), ...reviewProducts(input)];
}

/** The warnings of an effective scenario (its resolved settings and winning rows). */
export function reviewScenarioPlausibility(effective: EffectiveScenario): PlausibilityWarning[] {
  return reviewPlausibility({
    commodity: effective.project.primaryCommodity,
    settings: effective.settings,
    production: effective.rows.production.map(({ row }) => row),
    opex: effective.rows.opex.map(({ row }) => row),
    products: effective.rows.product.map(({ row }) => row),
  });
}
