import type { ModelMetrics } from "@/lib/engine/model";
import { MetricGrid, type MetricCard } from "@/app/ui/common/metric-grid";
import { formatMoney, formatMoneyMillions, formatNumber, formatPercent, formatRatioAsPercent, formatYears } from "@/app/ui/format";
import { describeNpvValuation, PAYBACK_ORIGIN_NOTE, type ValuationSettings } from "./valuation-notes";

function irrCard(irr: ModelMetrics["irr"]): MetricCard {
  if (irr.kind === "unique") return { label: "IRR (after tax)", value: formatRatioAsPercent(irr.rate) };
  if (irr.kind === "none") return { label: "IRR (after tax)", value: "No IRR", note: "The cash flows never change sign in a way that gives a rate where NPV = 0." };
  return { label: "IRR (after tax)", value: "No unique IRR", note: `The cash flows change sign more than once, so NPV = 0 at several rates (${irr.rates.map((rate) => formatRatioAsPercent(rate)).join(", ")}). Use NPV or MIRR instead.` };
}

function paybackCard(label: string, payback: ModelMetrics["payback"], note: string): MetricCard {
  return payback.reached ? { label, value: formatYears(payback.years), note } : { label, value: "Not reached", note: "Cumulative cash flow stays negative over the project life." };
}

function breakEvenCard(metrics: ModelMetrics, currency: string, priceUnit: string): MetricCard {
  const breakEven = metrics.breakEvenPrice;
  const label = "Break-even metal price";
  if (breakEven.kind === "found") return { label, value: `${formatMoney(breakEven.pricePerUnit, currency, 2)}/${priceUnit}`, note: `NPV = 0 at ${formatPercent(breakEven.priceFactor * 100, 0)} of the price deck.` };
  return { label, value: "None", note: breakEven.reason === "profitable_at_zero_price" ? "NPV stays positive even at a zero price." : "NPV stays negative at any price." };
}

type MetricCardsProps = {
  metrics: ModelMetrics;
  currency: string;
  priceUnit: string;
  /** The scenario's valuation conventions (unset ones are the engine's defaults); when not given, the note states the default. */
  valuation?: ValuationSettings;
};

/** The profitability metrics as cards; every "no value" case is said in words, and the NPV says its valuation date. */
export function MetricCards({ metrics, currency, priceUnit, valuation }: MetricCardsProps) {
  const cards: MetricCard[] = [
    { label: `NPV at ${formatPercent(metrics.discountRatePct)}`, value: formatMoneyMillions(metrics.npv, currency), note: `${formatMoney(metrics.npv, currency)} after tax, ${describeNpvValuation(valuation)}` },
    irrCard(metrics.irr),
    { label: "MIRR", value: Number.isFinite(metrics.mirr) ? formatRatioAsPercent(metrics.mirr) : "Not defined", note: Number.isFinite(metrics.mirr) ? `Finance and reinvestment at ${formatPercent(metrics.discountRatePct)}.` : "Needs both negative and positive cash flows." },
    paybackCard("Payback", metrics.payback, PAYBACK_ORIGIN_NOTE),
    paybackCard("Discounted payback", metrics.discountedPayback, `At ${formatPercent(metrics.discountRatePct)}, in years from the start of period 0.`),
    { label: "NPV / initial capex", value: Number.isFinite(metrics.npvToCapex) ? formatNumber(metrics.npvToCapex, 2) : "Not defined", note: `Initial capex ${formatMoneyMillions(metrics.initialCapex, currency)}.` },
    breakEvenCard(metrics, currency, priceUnit),
    { label: "Total capex", value: formatMoneyMillions(metrics.totalCapex, currency), note: `${formatMoney(metrics.totalCapex, currency)}: initial, sustaining, replacement and closure, undiscounted.` },
  ];
  return <CardGrid cards={cards} />;
}

/** Figures as cards (the planners use it for their totals). */
export const CardGrid = MetricGrid;
