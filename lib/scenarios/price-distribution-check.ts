import { createDistribution, type DistributionSpec } from "@/lib/engine/distributions";

// An ABSOLUTE price variable replaces the scenario's metal price in every iteration. A child scenario that lowers the
// price but inherits its parent's absolute distribution therefore gets the parent's Monte Carlo results (a low-price
// branch showed a deterministic NPV of 297 M beside a P50 of 470 M). This check finds such variables so the editor,
// the run view and the risk report can say so; a factor on the scenario's price has no such problem.

/** Central value more than this far from the scenario's price (relative, %) is reported. */
export const PRICE_MISMATCH_TOLERANCE_PCT = 10;

/** A Monte Carlo variable as the engine receives it (lib/simulations/variables.ts, or a run's manifest). */
export type PriceCheckVariable = {
  id: string;
  name: string;
  distribution: DistributionSpec;
  override: { target: string; mode: string };
};

export type PriceMismatch = {
  variableId: string;
  variableName: string;
  /** What the central value is: the mean, the mode (triangular, PERT) or the fixed value. */
  centralKind: "mean" | "mode" | "fixed";
  /** Price currency per price unit (real), like the scenario's price. */
  centralValue: number;
  scenarioPrice: number;
  /** (central − scenario price) / scenario price, in %. */
  differencePct: number;
  message: string;
};

export type PriceCheckInput = {
  /** The scenario's effective metal price, price currency per price unit (real); null when unset. */
  scenarioPrice: number | null;
  /** "USD/lb": how prices are written in the message. */
  priceLabel: string;
  variables: readonly PriceCheckVariable[];
  tolerancePct?: number;
};

/** The value a user set the distribution around: the mode where the family has one as a parameter, else the mean. */
export function centralValueOf(spec: DistributionSpec): { kind: PriceMismatch["centralKind"]; value: number } | null {
  if (spec.type === "fixed") return { kind: "fixed", value: spec.value };
  if (spec.type === "triangular" || spec.type === "pert") return { kind: "mode", value: spec.mode };
  if (spec.type === "percentiles" && spec.mode !== undefined) return { kind: "mode", value: spec.mode };
  try {
    const mean = createDistribution(spec).mean;
    return Number.isFinite(mean) ? { kind: "mean", value: mean } : null;
  } catch {
    // A spec the engine refuses cannot be run either; the run's own validation reports it.
    return null;
  }
}

const formatPrice = (value: number): string => new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 }).format(value);

function describeMismatch(variable: PriceCheckVariable, central: { kind: PriceMismatch["centralKind"]; value: number }, price: number, differencePct: number, label: string): string {
  const what = central.kind === "fixed" ? `fixed at ${formatPrice(central.value)} ${label}` : `${central.kind} ${formatPrice(central.value)} ${label}`;
  const direction = differencePct > 0 ? "higher" : "lower";
  return (
    `The price distribution "${variable.name}" (absolute, ${what}) was set for a price of about ${formatPrice(central.value)} ${label}; ` +
    `this scenario's price is ${formatPrice(price)} ${label} (the distribution is ${formatPrice(Math.abs(differencePct))} % ${direction}), and an absolute price replaces it in every iteration. ` +
    "Use a factor on the scenario's price, or update the distribution."
  );
}

/**
 * Absolute price variables whose central value is more than the tolerance away from the scenario's price.
 * @returns one entry per such variable, in the variables' order; none when the scenario has no positive price
 * @example findPriceMismatches({ scenarioPrice: 2.4, priceLabel: "USD/lb", variables }) // [{ differencePct: 58.3, … }]
 */
export function findPriceMismatches({ scenarioPrice, priceLabel, variables, tolerancePct = PRICE_MISMATCH_TOLERANCE_PCT }: PriceCheckInput): PriceMismatch[] {
  if (scenarioPrice === null || !(scenarioPrice > 0)) return [];
  const mismatches: PriceMismatch[] = [];
  for (const variable of variables) {
    if (variable.override.target !== "price" || variable.override.mode !== "absolute") continue;
    const central = centralValueOf(variable.distribution);
    if (!central) continue;
    const differencePct = ((central.value - scenarioPrice) / scenarioPrice) * 100;
    if (Math.abs(differencePct) <= tolerancePct) continue;
    mismatches.push({
      variableId: variable.id,
      variableName: variable.name,
      centralKind: central.kind,
      centralValue: central.value,
      scenarioPrice,
      differencePct,
      message: describeMismatch(variable, central, scenarioPrice, differencePct, priceLabel),
    });
  }
  return mismatches;
}
