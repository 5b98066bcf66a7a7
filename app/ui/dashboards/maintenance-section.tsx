import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { formatMoney, formatNumber, formatPercent } from "@/app/ui/format";
import { SeriesChart } from "./series-chart";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./dashboards.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";

type Props = { dashboard: OperationsDashboard };

function perEquipmentByMonth(dashboard: OperationsDashboard, pick: (entry: OperationsDashboard["maintenanceByMonth"][number]) => number) {
  const months = dashboard.fleetByMonth.map((m) => m.month);
  return dashboard.equipment.map((machine) => {
    const byMonth = new Map(dashboard.maintenanceByMonth.filter((e) => e.equipmentId === machine.id).map((e) => [e.month, pick(e)]));
    return { label: machine.name, values: months.map((month) => byMonth.get(month) ?? 0) };
  });
}

function EquipmentTable({ dashboard, currency }: Props & { currency: string }) {
  return (
    <ScrollRegion label="Maintenance per equipment item">
      <table className={tables.table}>
        <caption>Maintenance per equipment item over the selected months</caption>
        <thead>
          <tr>
            <th scope="col">Equipment</th>
            <th scope="col" className={tables.numeric}>Units</th>
            <th scope="col" className={tables.numeric}>Events</th>
            <th scope="col" className={tables.numeric}>Cost ({currency})</th>
            <th scope="col" className={tables.numeric}>Downtime (h)</th>
            <th scope="col" className={tables.numeric}>Availability (%)</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.equipment.map((machine) => (
            <tr key={machine.id}>
              <th scope="row">{machine.name}</th>
              <td className={tables.numeric}>{machine.quantity}</td>
              <td className={tables.numeric}>{formatNumber(machine.events, 0)}</td>
              <td className={tables.numeric}>{formatMoney(machine.cost, currency)}</td>
              <td className={tables.numeric}>{formatNumber(machine.downtimeHours, 1)}</td>
              <td className={tables.numeric}>{formatPercent(machine.availabilityPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Maintenance cost and downtime per equipment item by month, fleet availability, and the per-item totals. */
export function MaintenanceSection({ dashboard }: Props) {
  const months = dashboard.fleetByMonth.map((m) => m.month);
  const currencies = [...new Set(dashboard.maintenanceByMonth.map((m) => m.currency))];
  const currency = currencies[0] ?? dashboard.currency ?? "USD";
  return (
    <section className={layout.section} aria-labelledby="maintenance-heading">
      <h2 id="maintenance-heading">Maintenance and availability</h2>
      <p className={styles.note}>
        Availability = 1 − downtime ÷ scheduled hours, where scheduled hours = hours per year per unit × units × days in the month ÷
        days in the year; every logged event (preventive, corrective, inspection) counts as downtime.
        {currencies.length > 1 ? ` Logs are in several currencies (${currencies.join(", ")}); costs are summed as logged.` : ""}
      </p>
      {months.length === 0 ? (
        <p>No maintenance logged for this scenario&apos;s equipment in the selected dates.</p>
      ) : (
        <div className={styles.stack}>
          <EquipmentTable dashboard={dashboard} currency={currency} />
          <div className={styles.columns}>
            <SeriesChart
              kind="line"
              title="Fleet availability per month (%)"
              summary={`Availability of the whole fleet in each month from ${months[0]} to ${months.at(-1)}.`}
              labels={months}
              series={[{ label: "Fleet availability (%)", values: dashboard.fleetByMonth.map((m) => m.availabilityPct) }]}
              xAxisTitle="Month (YYYY-MM)"
              yAxisTitle="Availability"
              format={{ kind: "percent" }}
            />
            <SeriesChart
              title={`Maintenance cost per equipment item by month (${currency})`}
              summary="Stacked bars: the maintenance cost of each equipment item in each month."
              labels={months}
              series={perEquipmentByMonth(dashboard, (e) => e.cost)}
              xAxisTitle="Month (YYYY-MM)"
              yAxisTitle="Maintenance cost"
              format={{ kind: "money", currency }}
              isStacked
            />
            <SeriesChart
              title="Downtime per equipment item by month (h)"
              summary="Stacked bars: the hours each equipment item was down for maintenance in each month."
              labels={months}
              series={perEquipmentByMonth(dashboard, (e) => e.downtimeHours)}
              xAxisTitle="Month (YYYY-MM)"
              yAxisTitle="Downtime"
              format={{ kind: "number", unit: "h", fractionDigits: 1 }}
              isStacked
            />
          </div>
        </div>
      )}
    </section>
  );
}
