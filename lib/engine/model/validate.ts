/**
 * Input validation: shape and ranges by zod, then the rules that relate fields to each other.
 * Nothing is clamped: every violation is reported with the field path and the rule broken.
 */
import { scenarioModelInputsSchema, type ScenarioModelInputs } from "./schema";
import { checkProducts, type Report } from "./validate-products";

export type ValidationIssue = { path: string; rule: string; message: string };
export type ValidationResult = { ok: true; inputs: ScenarioModelInputs } | { ok: false; errors: ValidationIssue[] };

/** Thrown by `compileModel` / `computeCashFlowTable` on invalid inputs. */
export class ScenarioModelValidationError extends Error {
  readonly errors: ValidationIssue[];
  constructor(errors: ValidationIssue[]) {
    super(`Invalid scenario model inputs: ${errors.map((e) => `${e.path} (${e.rule}): ${e.message}`).join("; ")}`);
    this.name = "ScenarioModelValidationError";
    this.errors = errors;
  }
}

const ZOD_RULES: Record<string, string> = {
  too_small: "min",
  too_big: "max",
  invalid_type: "type",
  invalid_value: "enum",
  invalid_format: "format",
  invalid_union: "type",
  unrecognized_keys: "unknown_key",
  not_multiple_of: "multiple_of",
};

/**
 * Validates scenario model inputs.
 * @param raw - untrusted input (e.g. parsed JSON)
 * @returns the parsed inputs, or every error as `{ path: "production.recoveryPct.2", rule: "max", message }`
 * @example validateScenarioModelInputs({}) // { ok: false, errors: [{ path: "currency", rule: "type", ... }, ...] }
 */
export function validateScenarioModelInputs(raw: unknown): ValidationResult {
  const parsed = refinedSchema.safeParse(raw);
  if (parsed.success) return { ok: true, inputs: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    rule: issue.code === "custom" ? String(issue.params?.rule ?? "custom") : (ZOD_RULES[issue.code] ?? issue.code),
    message: issue.message,
  }));
  return { ok: false, errors };
}

const refinedSchema = scenarioModelInputsSchema.superRefine((inputs, ctx) => {
  const report = (path: (string | number)[], rule: string, message: string): void => {
    ctx.addIssue({ code: "custom", path, message, params: { rule } });
  };
  checkScheduleLengths(inputs, report);
  checkPeriods(inputs, report);
  checkGrades(inputs, report);
  checkItems(inputs, report);
  checkConventions(inputs, report);
  checkProducts(inputs, report);
});

function checkScheduleLengths(inputs: ScenarioModelInputs, report: Report): void {
  const n = inputs.timeline.productionPeriods;
  const p = inputs.production;
  const schedules: [string, readonly number[] | undefined][] = [
    ["oreMinedT", p.oreMinedT],
    ["wasteMinedT", p.wasteMinedT],
    ["oreProcessedT", p.oreProcessedT],
    ["headGrade", p.headGrade],
    ["recoveryPct", p.recoveryPct],
  ];
  for (const [name, values] of schedules) {
    if (values && values.length !== n) report(["production", name], "length_matches_production_periods", `has ${values.length} entries, expected ${n} (one per production period)`);
  }
  const price = inputs.commodity.price;
  if (Array.isArray(price) && price.length !== n) report(["commodity", "price"], "length_matches_production_periods", `has ${price.length} entries, expected ${n}`);
}

function checkPeriods(inputs: ScenarioModelInputs, report: Report): void {
  const last = inputs.timeline.constructionPeriods + inputs.timeline.productionPeriods - 1;
  const checkRange = (path: (string | number)[], period: number | undefined): void => {
    if (period !== undefined && period > last) report(path, "period_within_project_life", `period ${period} is after the last period ${last}`);
  };
  const withRange = [...inputs.opexItems.map((item, i) => ["opexItems", i, item] as const), ...inputs.consumptionItems.map((item, i) => ["consumptionItems", i, item] as const)];
  for (const [list, i, item] of withRange) {
    checkRange([list, i, "startPeriod"], item.startPeriod);
    checkRange([list, i, "endPeriod"], item.endPeriod);
    if (item.startPeriod !== undefined && item.endPeriod !== undefined && item.endPeriod < item.startPeriod) {
      report([list, i, "endPeriod"], "end_not_before_start", `end period ${item.endPeriod} is before start period ${item.startPeriod}`);
    }
  }
  inputs.capexItems.forEach((item, i) => checkRange(["capexItems", i, "spendPeriod"], item.spendPeriod));
  inputs.equipment.forEach((item, i) => checkRange(["equipment", i, "purchasePeriod"], item.purchasePeriod));
}

function checkGrades(inputs: ScenarioModelInputs, report: Report): void {
  if (inputs.commodity.gradeUnit !== "pct") return;
  inputs.production.headGrade.forEach((grade, i) => {
    if (grade > 100) report(["production", "headGrade", i], "max", `a grade in % cannot exceed 100 (got ${grade})`);
  });
}

function checkItems(inputs: ScenarioModelInputs, report: Report): void {
  inputs.consumptionItems.forEach((item, i) => {
    const given = Number(item.ratePerTonneProcessed !== undefined) + Number(item.quantityPerPeriod !== undefined);
    if (given !== 1) report(["consumptionItems", i], "rate_xor_quantity", "give exactly one of ratePerTonneProcessed and quantityPerPeriod");
  });
  const lists = [["opexItems", inputs.opexItems], ["consumptionItems", inputs.consumptionItems], ["equipment", inputs.equipment], ["capexItems", inputs.capexItems]] as const;
  for (const [list, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([list, i, "id"], "unique_id", `id "${item.id}" is used twice in ${list}`);
      seen.add(item.id);
    });
  }
}

function checkConventions(inputs: ScenarioModelInputs, report: Report): void {
  const { valuationDate, periodZeroTiming } = inputs.economics;
  if (periodZeroTiming === "at_valuation_date" && valuationDate === "start_of_production") {
    report(
      ["economics", "periodZeroTiming"],
      "valuation_date_at_period_0",
      "period 0's flow can be kept at the valuation date only when the valuation date is the start or the end of period 0, not the start of production",
    );
  }
}
