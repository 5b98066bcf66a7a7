import { CapexTable } from "../tables/capex-table";
import { OpexTable } from "../tables/opex-table";
import { ProductTable } from "../tables/product-table";
import { ProductionTable } from "../tables/production-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type PriceDeckOption, type ScenarioPanelData } from "./panel-props";

// Panels with one input table each. Rows are turned into grid rows here, on the server, so the client receives
// plain strings and a stable array (a new one only after a save).

const entries = (rows: readonly unknown[]) => rows as EffectiveRowEntry[];

/** Rows in the order people read them: by a period, then by name. */
function byPeriod(periodKey: string) {
  return (a: EffectiveRowEntry, b: EffectiveRowEntry) =>
    Number(a.row[periodKey]) - Number(b.row[periodKey]) || String(a.row.name ?? "").localeCompare(String(b.row.name ?? ""));
}

export function ProductionPanel(data: ScenarioPanelData) {
  const rows = toGridRows("production", entries(data.effective.rows.production).toSorted(byPeriod("period")), data.scenarioNames);
  return <ProductionTable {...tableProps(data)} rows={rows} gradeUnit={data.effective.settings.gradeUnit ?? "pct"} />;
}

export function CapexPanel(data: ScenarioPanelData) {
  return <CapexTable {...tableProps(data)} rows={toGridRows("capex", entries(data.effective.rows.capex).toSorted(byPeriod("spendPeriod")), data.scenarioNames)} />;
}

export function OpexPanel(data: ScenarioPanelData) {
  return <OpexTable {...tableProps(data)} rows={toGridRows("opex", entries(data.effective.rows.opex).toSorted(byPeriod("startPeriod")), data.scenarioNames)} />;
}

export function ProductsPanel({ priceDecks = [], ...data }: ScenarioPanelData & { priceDecks?: readonly PriceDeckOption[] }) {
  const { effective } = data;
  const priceCurrency = effective.settings.priceCurrency ?? effective.settings.currency ?? "USD";
  const rows = toGridRows("products", entries(effective.rows.product), data.scenarioNames);
  const deckOptions = priceDecks.map((deck) => ({ value: deck.id, label: `${deck.name} (${deck.currency}/${deck.priceUnit}, ${deck.commodity})` }));
  return <ProductTable {...tableProps(data)} rows={rows} commodity={effective.project.primaryCommodity} priceCurrency={priceCurrency} priceDecks={deckOptions} />;
}
