import type { ProjectDashboard } from "@/lib/http/contracts/dashboards";
import { EmptyState } from "@/app/ui/common/empty-state";
import { formatEnumLabel, formatMoney, formatPercent, formatYears } from "@/app/ui/format";
import { NpvRangeChart } from "./npv-range-chart";
import { choosePercentileLabels, toNpvRange } from "./npv-ranges";
import { SeriesChart } from "./series-chart";
import alerts from "@/app/ui/common/alert.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./dashboards.module.css";

type BaseCase = NonNullable<ProjectDashboard["baseCase"]>;

function ScenarioNpv({ scenarios }: { scenarios: ProjectDashboard["scenarios"] }) {
  if (!scenarios.some((s) => s.npv)) {
    return <p>No scenario of this project has a finished simulation run yet. Its NPV distribution will appear here after one.</p>;
  }
  const labels = choosePercentileLabels(scenarios.map((s) => s.npv));
  const currencies = [...new Set(scenarios.map((s) => s.currency))];
  return (
    <div className={styles.stack}>
      {currencies.map((currency) => (
        <NpvRangeChart
          key={currency}
          title={`NPV distribution by scenario, ${labels.low}/P50/${labels.high} of the latest run (${currency})`}
          ranges={scenarios.filter((s) => s.currency === currency).map((s) => toNpvRange(`${s.name}${s.isBaseCase ? " (base case)" : ""}`, s.npv, labels))}
          currency={currency}
          lowLabel={labels.low}
          highLabel={labels.high}
          xAxisTitle="Scenario"
        />
      ))}
    </div>
  );
}

function opexSeries(periods: BaseCase["opexByPeriod"]) {
  const categories = [...new Set(periods.flatMap((p) => Object.keys(p.byCategory)))];
  return [
    ...categories.map((category) => ({ label: formatEnumLabel(category), values: periods.map((p) => p.byCategory[category] ?? 0) })),
    { label: "Consumption", values: periods.map((p) => p.consumption) },
    { label: "Equipment operation", values: periods.map((p) => p.equipment) },
  ];
}

function BaseCaseCharts({ baseCase }: { baseCase: BaseCase }) {
  const { currency } = baseCase;
  const money = { kind: "money", currency } as const;
  const years = baseCase.cashFlow.map((p) => String(p.year));
  const capexTotal = baseCase.capexByCategory.reduce((sum, c) => sum + c.total, 0);
  return (
    <div className={styles.columns}>
      <SeriesChart
        title={`Capital cost by category, base case (${currency}, with contingency)`}
        summary={`Total capital cost ${formatMoney(capexTotal, currency)} over ${baseCase.capexByCategory.length} categories.`}
        labels={baseCase.capexByCategory.map((c) => formatEnumLabel(c.category))}
        series={[{ label: `Capital cost (${currency})`, values: baseCase.capexByCategory.map((c) => c.total) }]}
        xAxisTitle="Category"
        yAxisTitle="Capital cost"
        format={money}
      />
      <SeriesChart
        title={`Operating cost per year, base case (${currency})`}
        summary="Stacked bars: opex items by category, consumption and equipment operation for each project year."
        labels={years}
        series={opexSeries(baseCase.opexByPeriod)}
        xAxisTitle="Year"
        yAxisTitle="Operating cost"
        format={money}
        isStacked
      />
      <SeriesChart
        title={`After-tax cash flow, base case (${currency})`}
        summary={`Bars show each year's after-tax cash flow, the line the cumulative cash flow, ending at ${formatMoney(baseCase.cashFlow.at(-1)?.cumulativeCashFlow, currency)}.`}
        labels={years}
        series={[
          { label: "After-tax cash flow", values: baseCase.cashFlow.map((p) => p.afterTaxCashFlow) },
          { label: "Cumulative cash flow", values: baseCase.cashFlow.map((p) => p.cumulativeCashFlow), kind: "line" },
        ]}
        xAxisTitle="Year"
        yAxisTitle="Cash flow"
        format={money}
      />
    </div>
  );
}

function BaseCaseSection({ baseCase }: { baseCase: ProjectDashboard["baseCase"] }) {
  if (!baseCase) {
    return (
      <EmptyState title="No base case yet" headingLevel={3}>
        <p>Mark one scenario of this project as its base case to see its capital cost, operating cost and cash flow here.</p>
      </EmptyState>
    );
  }
  if (baseCase.issue) {
    return (
      <p className={`${alerts.alert} ${alerts.error}`} role="status">
        The base case “{baseCase.name}” cannot be modelled yet: {baseCase.issue}
      </p>
    );
  }
  return (
    <>
      {baseCase.metrics ? (
        <p>
          Deterministic NPV {formatMoney(baseCase.metrics.npv, baseCase.currency)}
          {baseCase.metrics.irrPct !== null ? `, IRR ${formatPercent(baseCase.metrics.irrPct)}` : ", no single IRR"}
          {baseCase.metrics.paybackYears !== null ? `, payback ${formatYears(baseCase.metrics.paybackYears)}` : ", no payback within the life"}.
        </p>
      ) : null}
      <BaseCaseCharts baseCase={baseCase} />
    </>
  );
}

/** The project dashboard: NPV by scenario, then the base case's capital, operating cost and cash flow. */
export function ProjectDashboardView({ dashboard }: { dashboard: ProjectDashboard }) {
  return (
    <>
      <section className={layout.section} aria-labelledby="scenario-npv-heading">
        <h2 id="scenario-npv-heading">NPV by scenario</h2>
        <ScenarioNpv scenarios={dashboard.scenarios} />
      </section>
      <section className={layout.section} aria-labelledby="base-case-heading">
        <h2 id="base-case-heading">Base case{dashboard.baseCase ? `: ${dashboard.baseCase.name}` : ""}</h2>
        <BaseCaseSection baseCase={dashboard.baseCase} />
      </section>
    </>
  );
}
