import type { BreakEven, SensitivityDriver, SensitivityLine } from "@/lib/engine/model";
import { formatMoneyMillions, formatMultiple, formatNumber, formatPercent } from "@/app/ui/format";
import { formatRateLabel } from "./economics-text";

// The words of the sensitivities: driver names, step labels, break-evens and the spider chart's text alternative.
// Every sensitivity figure is the after-tax NPV (or IRR) at the scenario rate with one driver moved and every
// other input at its base (lib/engine/model/sensitivity.ts).

const DRIVER_LABELS: Record<Exclude<SensitivityDriver, "fx_rate">, string> = {
  price: "Price",
  head_grade: "Head grade",
  recovery: "Recovery",
  operating_cost: "Operating cost",
  capital_cost: "Capital cost",
};

/** "Price", …; the FX rate says which way it is quoted: "FX rate (USD per price currency)". */
export function driverLabel(driver: SensitivityDriver, currency: string): string {
  return driver === "fx_rate" ? `FX rate (${currency} per price currency)` : DRIVER_LABELS[driver];
}

/** A step as a column header: 0 → "Base", -30 → "−30 %" (a true minus sign), 10 → "+10 %". */
export function formatChangeLabel(changePct: number): string {
  if (changePct === 0) return "Base";
  return `${changePct < 0 ? "−" : "+"}${formatNumber(Math.abs(changePct), 1)} %`;
}

/** The marker and footnote of a recovery step the engine held at 100 % (recovery cannot exceed it). */
export const CAPPED_MARKER = "*";
export const CAPPED_NOTE = "Held at 100 % recovery: this step would lift recovery above 100 % in some years, so those years stay at 100 %.";

/** What the sensitivity NPV is, in words: "after-tax NPV at 8 %". */
export function sensitivityNpvName(discountRatePct: number): string {
  return `after-tax NPV at ${formatRateLabel(discountRatePct)}`;
}

const BREAK_EVEN_NOUNS: Record<BreakEven["driver"], string> = { price: "price", operating_cost: "operating cost", capital_cost: "capital cost" };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why no factor between 0 and 2^30 brings the NPV to zero, in plain words. */
function describeNoBreakEven(breakEven: Extract<BreakEven, { kind: "none" }>, npvName: string): string {
  const noun = BREAK_EVEN_NOUNS[breakEven.driver];
  switch (breakEven.reason) {
    case "profitable_at_zero_price":
      return `No break-even: the ${npvName} stays positive even at a zero price.`;
    case "unprofitable_at_any_price":
      return `No break-even: the ${npvName} stays negative however high the price.`;
    case "unprofitable_at_zero_cost":
      return `No break-even: the ${npvName} stays negative even with no ${noun}.`;
    case "profitable_at_any_cost":
      return `No break-even: the ${npvName} stays positive however high the ${noun}.`;
  }
}

/**
 * A break-even as a sentence, e.g. "Price can fall 42.1 % (to 0.58× the base) before the after-tax NPV at 8 % is zero."
 * A revenue driver (price) has headroom when it can fall, a cost when it can rise; otherwise the sentence says how
 * far it must move for the NPV to reach zero.
 */
export function describeBreakEven(breakEven: BreakEven, discountRatePct: number): string {
  const npvName = sensitivityNpvName(discountRatePct);
  if (breakEven.kind === "none") return describeNoBreakEven(breakEven, npvName);
  const noun = BREAK_EVEN_NOUNS[breakEven.driver];
  // Below 0.05 % the change would print as "0.0 %": say the base itself breaks even.
  if (Math.abs(breakEven.changePct) < 0.05) return `The ${npvName} is zero at the base ${noun}.`;
  const subject = capitalise(noun);
  const change = formatPercent(Math.abs(breakEven.changePct), 1);
  const factor = `to ${formatMultiple(breakEven.factor)} the base`;
  const hasHeadroom = breakEven.driver === "price" ? breakEven.changePct < 0 : breakEven.changePct > 0;
  const direction = breakEven.changePct < 0 ? "fall" : "rise";
  return hasHeadroom ? `${subject} can ${direction} ${change} (${factor}) before the ${npvName} is zero.` : `${subject} must ${direction} ${change} (${factor}) for the ${npvName} to reach zero.`;
}

/** The spider chart's text alternative: what the lines show, where they meet, and which driver moves NPV most. */
export function describeSpider(lines: readonly SensitivityLine[], baseNpv: number, currency: string, discountRatePct: number): string {
  const changes = lines.flatMap((line) => line.points.map((point) => point.changePct));
  if (lines.length === 0 || changes.length === 0) return "No sensitivities were computed.";
  const spans = lines.map((line) => {
    const npvs = line.points.map((point) => point.npv);
    return { driver: line.driver, low: Math.min(...npvs), high: Math.max(...npvs) };
  });
  const ranked = [...spans].sort((a, b) => b.high - b.low - (a.high - a.low));
  const most = ranked[0];
  const least = ranked.at(-1);
  const range = `${formatChangeLabel(Math.min(...changes))} to ${formatChangeLabel(Math.max(...changes))}`;
  const intro = `Each line shows the ${sensitivityNpvName(discountRatePct)} as one driver moves from ${range}, every other input at its base; the lines meet at the base NPV of ${formatMoneyMillions(baseNpv, currency)}.`;
  if (!most || !least || most === least) return intro;
  return `${intro} ${driverLabel(most.driver, currency)} moves it most (${formatMoneyMillions(most.low, currency)} to ${formatMoneyMillions(most.high, currency)}), ${driverLabel(least.driver, currency)} least.`;
}
