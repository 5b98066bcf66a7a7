import type { NewConsumptionActual } from "../schema";
import { createRandom } from "./maintenance-history";

// Two years of monthly consumption actuals for two demo items (from the owner's current operation), generated
// deterministically like the maintenance history: the same rows on every seed. They feed "Fit from data" only;
// the cash flow uses the planned items, so no pinned figure moves.

const HISTORY_START_YEAR = 2024;
const HISTORY_MONTHS = 24;

/** Median quantity per month (item's unit), its log-spread, and the median unit cost (USD per unit) and its spread. */
export type ActualsProfile = { quantityPerMonth: number; quantitySigma: number; unitCostUsd: number; unitCostSigma: number };

/** Keyed by item name in CONSUMPTION_ITEMS. Diesel: ~22 ML a year; lime: 0.9 kg/t at ~30 kt/d. */
export const ACTUALS_PROFILES: Record<string, ActualsProfile> = {
  "Diesel (mining fleet)": { quantityPerMonth: 1_830_000, quantitySigma: 0.08, unitCostUsd: 0.95, unitCostSigma: 0.05 },
  Lime: { quantityPerMonth: 820_000, quantitySigma: 0.12, unitCostUsd: 0.16, unitCostSigma: 0.04 },
};

/** A standard normal draw from three uniforms (Irwin–Hall, scaled): light tails are fine for demo data. */
function roughNormal(random: () => number): number {
  return (random() + random() + random() - 1.5) * 2;
}

/** One actual per month: lognormal-looking quantities and unit costs around the profile's medians. */
export function consumptionActualsHistory(consumptionItemId: string, seed: number, profile: ActualsProfile): NewConsumptionActual[] {
  const random = createRandom(seed);
  return Array.from({ length: HISTORY_MONTHS }, (_, month) => ({
    consumptionItemId,
    periodStart: `${HISTORY_START_YEAR + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`,
    quantity: Math.round(profile.quantityPerMonth * Math.exp(profile.quantitySigma * roughNormal(random))),
    unitCost: Math.round(profile.unitCostUsd * Math.exp(profile.unitCostSigma * roughNormal(random)) * 10_000) / 10_000,
    currency: "USD",
    notes: "Monthly meter and invoice reading",
  }));
}
