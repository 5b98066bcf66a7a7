import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { EmptyState } from "@/app/ui/common/empty-state";
import { formatEnumLabel } from "@/app/ui/format";
import { MaintenanceSection } from "./maintenance-section";
import { SeriesChart } from "./series-chart";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./dashboards.module.css";

function uniqueSorted<T>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

function ConsumptionChart({ dashboard }: { dashboard: OperationsDashboard }) {
  const currency = dashboard.currency ?? "USD";
  const years = uniqueSorted(dashboard.consumption.map((c) => c.year));
  const resources = uniqueSorted(dashboard.consumption.map((c) => c.resourceType));
  const costOf = (resource: string, year: number) =>
    dashboard.consumption.filter((c) => c.resourceType === resource && c.year === year).reduce((sum, c) => sum + c.cost, 0);
  return (
    <SeriesChart
      title={`Consumption cost by resource per year (${currency})`}
      summary={`Stacked bars: the cost of ${resources.map(formatEnumLabel).join(", ")} in each year of the schedule.`}
      labels={years.map(String)}
      series={resources.map((resource) => ({ label: formatEnumLabel(resource), values: years.map((year) => costOf(resource, year)) }))}
      xAxisTitle="Year"
      yAxisTitle="Consumption cost"
      format={{ kind: "money", currency }}
      isStacked
    />
  );
}

function ConsumptionQuantities({ dashboard }: { dashboard: OperationsDashboard }) {
  const keys = uniqueSorted(dashboard.consumption.map((c) => `${c.resourceType}|${c.unit}`));
  return (
    <div className={styles.columns}>
      {keys.map((key) => {
        const [resource = "", unit = ""] = key.split("|");
        const rows = dashboard.consumption.filter((c) => c.resourceType === resource && c.unit === unit);
        return (
          <SeriesChart
            key={key}
            kind="line"
            title={`${formatEnumLabel(resource)} consumed per year (${unit})`}
            summary={`Quantity of ${formatEnumLabel(resource).toLowerCase()} in ${unit} per year.`}
            labels={rows.map((r) => String(r.year))}
            series={[{ label: `${formatEnumLabel(resource)} (${unit})`, values: rows.map((r) => r.quantity) }]}
            xAxisTitle="Year"
            yAxisTitle="Quantity"
            format={{ kind: "number", unit, fractionDigits: 0 }}
          />
        );
      })}
    </div>
  );
}

function ProductionCharts({ dashboard }: { dashboard: OperationsDashboard }) {
  const rows = dashboard.production;
  const years = rows.map((r) => String(r.year));
  const gradeUnit = dashboard.gradeUnit === "pct" ? "%" : dashboard.gradeUnit === "g_per_t" ? "g/t" : (dashboard.gradeUnit ?? "");
  return (
    <div className={styles.columns}>
      <SeriesChart
        title="Tonnage per year (t)"
        summary="Ore mined, waste mined and ore processed in each year of the schedule."
        labels={years}
        series={[
          { label: "Ore mined", values: rows.map((r) => r.oreMinedT) },
          { label: "Waste mined", values: rows.map((r) => r.wasteMinedT) },
          { label: "Ore processed", values: rows.map((r) => r.oreProcessedT), kind: "line" },
        ]}
        xAxisTitle="Year"
        yAxisTitle="Tonnage"
        format={{ kind: "number", unit: "t", fractionDigits: 0 }}
      />
      <SeriesChart
        kind="line"
        title={`Head grade per year (${gradeUnit})`}
        summary="Head grade of the ore processed in each year."
        labels={years}
        series={[{ label: `Head grade (${gradeUnit})`, values: rows.map((r) => (r.oreProcessedT > 0 ? r.headGrade : null)) }]}
        xAxisTitle="Year"
        yAxisTitle="Head grade"
        format={{ kind: "number", unit: gradeUnit, fractionDigits: 3 }}
      />
      <SeriesChart
        kind="line"
        title="Metallurgical recovery per year (%)"
        summary="Recovery of the metal in the ore processed in each year."
        labels={years}
        series={[{ label: "Recovery (%)", values: rows.map((r) => (r.oreProcessedT > 0 ? r.recoveryPct : null)) }]}
        xAxisTitle="Year"
        yAxisTitle="Recovery"
        format={{ kind: "percent" }}
      />
    </div>
  );
}

/** The operations dashboard of one scenario: consumption, production, then maintenance and availability. */
export function OperationsView({ dashboard }: { dashboard: OperationsDashboard }) {
  if (!dashboard.scope.scenarioId) {
    return (
      <EmptyState title="No scenario to show yet">
        <p>Once a project has a scenario with a production schedule, consumption and an equipment fleet, its operations appear here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <section className={layout.section} aria-labelledby="consumption-heading">
        <h2 id="consumption-heading">Consumption by resource</h2>
        {dashboard.consumption.length > 0 ? (
          <div className={styles.stack}>
            <ConsumptionChart dashboard={dashboard} />
            <ConsumptionQuantities dashboard={dashboard} />
          </div>
        ) : (
          <p>No consumption in this scenario and period range.</p>
        )}
      </section>
      <section className={layout.section} aria-labelledby="production-heading">
        <h2 id="production-heading">Production</h2>
        {dashboard.production.length > 0 ? <ProductionCharts dashboard={dashboard} /> : <p>No production schedule in this scenario and period range.</p>}
      </section>
      <MaintenanceSection dashboard={dashboard} />
    </>
  );
}
