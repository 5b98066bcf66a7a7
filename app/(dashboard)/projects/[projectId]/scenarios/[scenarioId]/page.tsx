import type { Metadata } from "next";
import { ConsumptionPanel } from "@/app/ui/scenario-editor/panels/consumption-panel";
import { EquipmentPanel } from "@/app/ui/scenario-editor/panels/equipment-panel";
import { GeneralPanel } from "@/app/ui/scenario-editor/panels/general-panel";
import { CapexPanel, OpexPanel, ProductionPanel, ProductsPanel } from "@/app/ui/scenario-editor/panels/input-panels";
import { ParametersPanel } from "@/app/ui/scenario-editor/panels/parameters-panel";
import { PlausibilityNotice } from "@/app/ui/scenario-editor/plausibility-notice";
import { ScenarioTabs } from "@/app/ui/scenario-editor/scenario-tabs";
import { listPriceDecks } from "@/lib/price-decks";
import { loadConsumptionActualsPanel, loadMaintenancePanel } from "@/lib/rows";
import { reviewScenarioPlausibility } from "@/lib/scenarios/plausibility";
import { findScenarioPriceMismatches } from "@/lib/scenarios/price-check-scenario";
import { loadScenarioPage } from "./scenario-data";

type Params = Promise<{ projectId: string; scenarioId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const TABS = [
  { id: "general", label: "General & economics" },
  { id: "parameters", label: "Parameters & distributions" },
  { id: "production", label: "Production schedule" },
  { id: "products", label: "Products" },
  { id: "capex", label: "Capex" },
  { id: "opex", label: "Opex" },
  { id: "consumption", label: "Consumption" },
  { id: "equipment", label: "Equipment & maintenance" },
] as const;
type TabId = (typeof TABS)[number]["id"];

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function toTab(value: string | undefined): TabId {
  return TABS.find((tab) => tab.id === value)?.id ?? "general";
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId, scenarioId } = await params;
  const { effective } = await loadScenarioPage(projectId, scenarioId);
  return { title: `${effective.scenario.name} · ${effective.project.name}` };
}

export default async function ScenarioEditorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { projectId, scenarioId } = await params;
  const query = await searchParams;
  const data = await loadScenarioPage(projectId, scenarioId);
  const tab = toTab(first(query.tab));
  const logPage = Math.max(1, Math.floor(Number(first(query.logPage)) || 1));
  const fleet = data.effective.rows.equipment.map(({ row }) => ({ id: row.id, name: row.name }));
  const maintenance =
    tab === "equipment"
      ? await loadMaintenancePanel({ organisationId: data.effective.organisationId }, { equipment: fleet, equipmentId: first(query.equipment), page: logPage })
      : undefined;
  const items = data.effective.rows.consumption.map(({ row }) => ({ lineageId: row.lineageId, name: row.name, unit: row.unit }));
  const actualsPage = Math.max(1, Math.floor(Number(first(query.actualsPage)) || 1));
  const actuals =
    tab === "consumption"
      ? await loadConsumptionActualsPanel({ organisationId: data.effective.organisationId, scenarioId }, { items, itemId: first(query.item), page: actualsPage })
      : undefined;
  const priceDecks = tab === "general" || tab === "products" ? await listPriceDecks({ organisationId: data.effective.organisationId }) : [];
  const panels: Record<TabId, () => React.ReactNode> = {
    general: () => <GeneralPanel {...data} priceDecks={priceDecks} />,
    parameters: () => <ParametersPanel {...data} priceMismatches={findScenarioPriceMismatches(data.effective)} />,
    production: () => <ProductionPanel {...data} />,
    products: () => <ProductsPanel {...data} priceDecks={priceDecks} />,
    capex: () => <CapexPanel {...data} />,
    opex: () => <OpexPanel {...data} />,
    consumption: () => (actuals ? <ConsumptionPanel data={data} actuals={actuals} /> : null),
    equipment: () => (maintenance ? <EquipmentPanel data={data} maintenance={maintenance} /> : null),
  };
  // Computed from the effective inputs on every render (pure, no query), so it follows each saved change.
  const warnings = reviewScenarioPlausibility(data.effective);
  return (
    <>
      <PlausibilityNotice warnings={warnings} />
      <ScenarioTabs tabs={TABS} activeTab={tab}>
        {panels[tab]()}
      </ScenarioTabs>
    </>
  );
}
