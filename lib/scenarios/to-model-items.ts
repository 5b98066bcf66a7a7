import type { CapexItem, ConsumptionItem, Equipment, OpexItem } from "@/db/schema";
import type {
  CapexItem as ModelCapexItem,
  ConsumptionItem as ModelConsumptionItem,
  EquipmentItem as ModelEquipmentItem,
  OpexItem as ModelOpexItem,
} from "@/lib/engine/model";

// Input rows → engine items. Each item's id is the row's lineage_id: stable across the scenario tree, so a
// Monte Carlo override (target_ref) and a comparison name the same item in a parent and its children.

type Issue = { path: string; rule: string; message: string };

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function toModelOpexItem(row: OpexItem): ModelOpexItem {
  return {
    id: row.lineageId,
    name: row.name,
    category: row.category,
    basis: row.basis,
    unitCost: row.unitCost,
    quantity: row.quantity,
    startPeriod: row.startPeriod,
    endPeriod: orUndefined(row.endPeriod),
    escalationPctPerYear: row.escalationPct,
  };
}

export function toModelConsumptionItem(row: ConsumptionItem): ModelConsumptionItem {
  return {
    id: row.lineageId,
    resourceType: row.resourceType,
    unit: row.unit,
    ratePerTonneProcessed: orUndefined(row.ratePerTonneProcessed),
    quantityPerPeriod: orUndefined(row.quantityPerPeriod),
    unitPrice: row.unitPrice,
    startPeriod: row.startPeriod,
    endPeriod: orUndefined(row.endPeriod),
    escalationPctPerYear: row.escalationPct,
  };
}

export function toModelEquipmentItem(row: Equipment): ModelEquipmentItem {
  return {
    id: row.lineageId,
    name: row.name,
    type: row.equipmentType,
    quantity: row.quantity,
    purchaseCostPerUnit: row.purchaseCost,
    purchasePeriod: row.purchasePeriod,
    operatingCostPerHour: row.operatingCostPerHour,
    scheduledHoursPerYear: row.hoursPerYear,
    availabilityPct: row.availabilityPct,
    lifeYears: row.lifeYears,
  };
}

/**
 * Capex items are stored with their own currency; the engine works in the scenario currency. No conversion is
 * guessed: an item in another currency is reported (the user converts it or sets the scenario currency).
 */
export function toModelCapexItems(
  rows: readonly CapexItem[],
  currency: string,
): { items: ModelCapexItem[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const items = rows.map((row, index): ModelCapexItem => {
    if (row.currency !== currency) {
      issues.push({
        path: `capexItems.${index}.currency`,
        rule: "scenario_currency",
        message: `"${row.name}" is in ${row.currency}; the scenario is in ${currency}`,
      });
    }
    return {
      id: row.lineageId,
      name: row.name,
      category: row.category,
      kind: row.kind,
      amount: row.amount,
      spendPeriod: row.spendPeriod,
      contingencyPct: row.contingencyPct,
    };
  });
  return { items, issues };
}
