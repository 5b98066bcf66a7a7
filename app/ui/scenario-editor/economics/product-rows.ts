import type { EconomicSummary, ProductRole } from "@/lib/engine/model";
import { formatNumber } from "@/app/ui/format";
import { formatMillions, millionsUnit } from "./economics-text";
import type { SummaryRow } from "./life-of-mine-rows";

// The rows a scenario with co- or by-products adds to the economics (issue #14): revenue, NSR and royalties per
// product, and the AISC lines by-product credits change. A single-product summary has none of them.

const ROLE_LABELS: Record<ProductRole, string> = { primary: "primary", co_product: "co-product", by_product: "by-product" };

/** Whether the summary comes from a scenario with co- or by-products (only then do products carry a role). */
export function hasSeveralProducts(summary: EconomicSummary): boolean {
  return summary.products.some((product) => product.role !== undefined && product.role !== "primary");
}

/** Gross revenue, NSR and royalties of each product, primary first; empty for a single-product scenario. */
export function productRevenueRows(summary: EconomicSummary): SummaryRow[] {
  if (!hasSeveralProducts(summary)) return [];
  const unit = millionsUnit(summary.currency);
  return summary.products.flatMap((product) => {
    const name = `${product.name} (${product.role ? ROLE_LABELS[product.role] : "primary"})`;
    return [
      { label: `${name}: gross revenue`, value: formatMillions(product.grossRevenue), unit },
      { label: `${name}: net smelter return`, value: formatMillions(product.netSmelterReturn ?? 0), unit },
      { label: `${name}: royalties`, value: formatMillions(product.royalties ?? 0), unit },
    ];
  });
}

/** The by-product credits and AISC per primary-equivalent unit; empty for a single-product scenario. */
export function productUnitCostRows(summary: EconomicSummary, priceUnit: string): SummaryRow[] {
  const { unitCosts, currency } = summary;
  if (unitCosts.byProductCredits === undefined) return [];
  const equivalent = unitCosts.aiscPerEquivalentUnit ?? null;
  return [
    { label: "By-product credits (by-products' NSR, deducted in AISC)", value: formatMillions(unitCosts.byProductCredits), unit: millionsUnit(currency) },
    { label: `Payable ${priceUnit} equivalent (every product at its price)`, value: formatNumber(unitCosts.primaryEquivalentUnits ?? 0, 0), unit: priceUnit },
    {
      label: `All-in sustaining cost per equivalent ${priceUnit} (no credit)`,
      value: equivalent === null ? "No payable metal" : formatNumber(equivalent, 2),
      unit: `${currency}/${priceUnit}`,
    },
  ];
}
