import type { ScenarioModelInputs } from "@/lib/engine/model";

// Concentrate terms → the engine's `smelter.concentrate`, for the primary (the scenario's settings) and for each
// co- or by-product (its row): both store the same nullable columns under the same names. Pure.
//
// The terms apply only when concentrateGradePct is set (TC and moisture then default to 0); each penalty only when
// all its terms are set.

export type ConcentrateTerms = {
  concentrateGradePct: number | null;
  treatmentChargePerDmt: number | null;
  concentrateMoisturePct: number | null;
  moisturePenaltyThresholdPct: number | null;
  moisturePenaltyPerDmtPerPct: number | null;
  impurityContentPct: number | null;
  impurityPenaltyThresholdPct: number | null;
  impurityPenaltyPerDmtPerPct: number | null;
};

type ModelConcentrate = NonNullable<ScenarioModelInputs["smelter"]["concentrate"]>;

/**
 * The engine's concentrate terms, or undefined when there are none (no treatment charge or penalty at all).
 * @example toModelConcentrate({ concentrateGradePct: 25, treatmentChargePerDmt: 80, …nulls }) // { gradePct: 25, treatmentChargePerDmt: 80, moisturePct: 0 }
 */
export function toModelConcentrate(terms: ConcentrateTerms): ModelConcentrate | undefined {
  if (terms.concentrateGradePct === null) return undefined;
  const concentrate: ModelConcentrate = {
    gradePct: terms.concentrateGradePct,
    treatmentChargePerDmt: terms.treatmentChargePerDmt ?? 0,
    moisturePct: terms.concentrateMoisturePct ?? 0,
  };
  if (terms.moisturePenaltyThresholdPct !== null && terms.moisturePenaltyPerDmtPerPct !== null) {
    concentrate.moisturePenalty = {
      thresholdPct: terms.moisturePenaltyThresholdPct,
      chargePerDmtPerPct: terms.moisturePenaltyPerDmtPerPct,
    };
  }
  const { impurityContentPct, impurityPenaltyThresholdPct, impurityPenaltyPerDmtPerPct } = terms;
  if (impurityContentPct !== null && impurityPenaltyThresholdPct !== null && impurityPenaltyPerDmtPerPct !== null) {
    concentrate.impurityPenalty = {
      contentPct: impurityContentPct,
      thresholdPct: impurityPenaltyThresholdPct,
      chargePerDmtPerPct: impurityPenaltyPerDmtPerPct,
    };
  }
  return concentrate;
}
