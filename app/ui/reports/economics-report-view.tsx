import type { ReactNode } from "react";
import type { ScenarioEconomics } from "@/lib/scenarios";
import { AnnualCashFlowTable } from "@/app/ui/scenario-editor/economics/annual-cash-flow-table";
import type { AnnualColumn } from "@/app/ui/scenario-editor/economics/annual-columns";
import { BreakEvenList } from "@/app/ui/scenario-editor/economics/break-even-list";
import { DisclosureTable } from "@/app/ui/scenario-editor/economics/disclosure-table";
import { describeConventions, describeDiscounting, moneyScaleFor, productionStartYear } from "@/app/ui/scenario-editor/economics/economics-text";
import { lifeOfMineRows, unitCostRows } from "@/app/ui/scenario-editor/economics/life-of-mine-rows";
import { productRevenueRows } from "@/app/ui/scenario-editor/economics/product-rows";
import { ProductRevenueTable } from "@/app/ui/scenario-editor/economics/product-revenue-table";
import { SensitivityIrrTable, SensitivityNpvTable, SensitivitySpider } from "@/app/ui/scenario-editor/economics/sensitivity-parts";
import { SummaryRowsTable } from "@/app/ui/scenario-editor/economics/summary-rows-table";
import { gradeUnitLabel } from "@/app/ui/scenario-editor/options";
import { ReportSection } from "./report-frame";
import economicsStyles from "@/app/ui/scenario-editor/economics/economics.module.css";
import styles from "./economics-report.module.css";
import reportStyles from "./reports.module.css";

// The annual cash flow has fifteen columns: too many for a portrait page at a readable size, so the report prints
// it as two tables with the year in each, the physicals (tonnes, grade, metal) and the money (scenario currency M).
const PHYSICAL_COLUMNS: readonly AnnualColumn["key"][] = ["oreMinedT", "wasteMinedT", "oreProcessedT", "headGrade", "payableMetalUnits"];
const MONEY_COLUMNS: readonly AnnualColumn["key"][] = [
  "grossRevenue",
  "netSmelterReturn",
  "royalties",
  "operatingCost",
  "netCapital",
  "workingCapitalChange",
  "incomeTax",
  "preTaxCashFlow",
  "afterTaxCashFlow",
  "cumulativeCashFlow",
];

/**
 * A report section (as ReportSection) whose heading stays on one page with its `opening` (a note and the first
 * table): the block moves to the next page whole rather than leave the heading alone at the foot of a page.
 */
function KeptSection({ title, opening, children }: { title: string; opening: ReactNode; children?: ReactNode }) {
  return (
    <section className={reportStyles.section} aria-label={title}>
      <div className={styles.keepTogether}>
        <h2>{title}</h2>
        {opening}
      </div>
      {children}
    </section>
  );
}

/** The heading, conventions and disclosure table keep together on paper (the table alone moved on otherwise). */
function SummarySection({ economics }: { economics: ScenarioEconomics }) {
  const { summary, annualCashFlow } = economics;
  return (
    <KeptSection
      title="Economic summary"
      opening={
        <>
          <div className={economicsStyles.conventions}>
            <p>
              <strong>Conventions.</strong> {describeConventions(summary.conventions)}
            </p>
            <p className={economicsStyles.lead}>
              {describeDiscounting(summary.conventions)} Money in {summary.currency}.
            </p>
          </div>
          <DisclosureTable summary={summary} productionStartYear={productionStartYear(annualCashFlow)} />
        </>
      }
    />
  );
}

function LifeOfMineSection({ economics }: { economics: ScenarioEconomics }) {
  const { summary, priceUnit, gradeUnit } = economics;
  const revenueByProduct = productRevenueRows(summary);
  return (
    <ReportSection title="Life of mine and unit costs">
      <div className={styles.twoTables}>
        <SummaryRowsTable caption="Life-of-mine totals (undiscounted, over the project life)" rows={lifeOfMineRows(summary, gradeUnitLabel(gradeUnit))} />
        <SummaryRowsTable caption="Unit costs (life-of-mine averages)" rows={unitCostRows(summary, priceUnit)} />
      </div>
      {revenueByProduct.length > 0 ? <SummaryRowsTable caption="Revenue by product (undiscounted, over the project life)" rows={revenueByProduct} /> : null}
    </ReportSection>
  );
}

function AnnualSection({ economics }: { economics: ScenarioEconomics }) {
  const { summary, annualCashFlow, annualProducts, priceUnit, gradeUnit } = economics;
  const { currency } = summary;
  // Millions or thousands, chosen from the largest amount of the money table (its totals included).
  const moneyValues = MONEY_COLUMNS.flatMap((key) => [...annualCashFlow.map((row) => row[key]), annualCashFlow.reduce((sum, row) => sum + row[key], 0)]);
  const moneyScale = moneyScaleFor(moneyValues, currency);
  const units = { currency, priceUnit, gradeUnit: gradeUnitLabel(gradeUnit), meanHeadGrade: summary.lifeOfMine.meanHeadGrade, moneyScale };
  return (
    <KeptSection
      title="Annual cash flow"
      opening={
        <>
          <p className={economicsStyles.lead}>
            A row per year in two tables: mining and processing, then money in {moneyScale.unit}. Costs, capital less salvage, the working-capital build-up and income tax are
            positive amounts, deducted in the cash-flow columns.
          </p>
          <div className={styles.annual}>
            <h3 className={economicsStyles.tableTitle}>Mining and processing</h3>
            <AnnualCashFlowTable rows={annualCashFlow} columnKeys={PHYSICAL_COLUMNS} label="Annual mining and processing (tonnes, grade, payable metal)" {...units} />
          </div>
        </>
      }
    >
      <div className={`${styles.annual} ${styles.keepTogether}`}>
        <h3 className={economicsStyles.tableTitle}>Revenue, costs and cash flow ({moneyScale.unit})</h3>
        <AnnualCashFlowTable rows={annualCashFlow} columnKeys={MONEY_COLUMNS} label={`Annual revenue, costs and cash flow (${moneyScale.unit})`} {...units} isMoneyUnitInTitle />
      </div>
      {annualProducts ? (
        <div className={`${styles.annual} ${styles.keepTogether}`}>
          <ProductRevenueTable rows={annualCashFlow} products={annualProducts} currency={currency} />
        </div>
      ) : null}
    </KeptSection>
  );
}

/** As the Economics tab's sensitivities: NPV and IRR tables, the spider chart and the break-evens. */
function SensitivitySection({ economics }: { economics: ScenarioEconomics }) {
  return (
    <KeptSection title="Sensitivities" opening={<SensitivityNpvTable economics={economics} />}>
      <div className={styles.spider}>
        <SensitivitySpider economics={economics} />
      </div>
      <div className={styles.keepTogether}>
        <SensitivityIrrTable economics={economics} />
      </div>
      <div className={styles.breakEvens}>
        <h3 className={economicsStyles.tableTitle}>Break-evens</h3>
        <BreakEvenList breakEvens={economics.sensitivities.breakEvens} discountRatePct={economics.sensitivities.discountRatePct} />
      </div>
    </KeptSection>
  );
}

/** The scenario economics report's body: the Economics tab's tables and chart, laid out for paper. */
export function EconomicsReportView({ economics }: { economics: ScenarioEconomics }) {
  return (
    <div className={styles.economics}>
      <SummarySection economics={economics} />
      <LifeOfMineSection economics={economics} />
      <AnnualSection economics={economics} />
      <SensitivitySection economics={economics} />
    </div>
  );
}
