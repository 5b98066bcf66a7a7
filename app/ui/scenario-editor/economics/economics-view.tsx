import type { ScenarioEconomics } from "@/lib/scenarios";
import { AnnualCashFlowTable } from "./annual-cash-flow-table";
import { BreakEvenList } from "./break-even-list";
import { DisclosureTable } from "./disclosure-table";
import { describeConventions, describeDiscounting, productionStartYear } from "./economics-text";
import { gradeUnitLabel } from "../options";
import { ExportLinks } from "./export-links";
import { EconomicsReportLink } from "./report-link";
import { lifeOfMineRows, unitCostRows } from "./life-of-mine-rows";
import { SensitivityIrrTable, SensitivityNpvTable, SensitivitySpider } from "./sensitivity-parts";
import { productRevenueRows } from "./product-rows";
import { ProductRevenueTable } from "./product-revenue-table";
import { SummaryRowsTable } from "./summary-rows-table";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./economics.module.css";

/** The sensitivities: NPV and IRR tables, the spider chart and the break-evens. */
function SensitivitySection({ economics }: { economics: ScenarioEconomics }) {
  return (
    <section className={layout.section} aria-labelledby="sensitivities-title">
      <h2 id="sensitivities-title">Sensitivities</h2>
      <SensitivityNpvTable economics={economics} />
      <div className={styles.chartBlock}>
        <SensitivitySpider economics={economics} />
      </div>
      <SensitivityIrrTable economics={economics} />
      <h3 className={styles.tableTitle}>Break-evens</h3>
      <BreakEvenList breakEvens={economics.sensitivities.breakEvens} discountRatePct={economics.sensitivities.discountRatePct} />
    </section>
  );
}

/**
 * A scenario's economics as a feasibility study prints them: the conventions, the economic summary, life-of-mine
 * totals and unit costs, the annual cash flow, the sensitivities and break-evens, and download links.
 */
export function EconomicsView({ economics }: { economics: ScenarioEconomics }) {
  const { summary, annualCashFlow, annualProducts, priceUnit, gradeUnit, scenarioId } = economics;
  const revenueByProduct = productRevenueRows(summary);
  const { currency, conventions } = summary;
  const gradeLabel = gradeUnitLabel(gradeUnit);
  return (
    <>
      <section className={layout.section} aria-labelledby="summary-title">
        <div className={styles.sectionHeader}>
          <h2 id="summary-title">Economic summary</h2>
          <nav aria-label="Download the economics" className={styles.exportNav}>
            <span className={styles.exportLabel}>Download:</span>
            <ExportLinks scenarioId={scenarioId} />
          </nav>
          <EconomicsReportLink scenarioId={scenarioId} />
        </div>
        <div className={styles.conventions}>
          <p>
            <strong>Conventions.</strong> {describeConventions(conventions)}
          </p>
          <p className={styles.lead}>{describeDiscounting(conventions)} Money in {currency}.</p>
        </div>
        <DisclosureTable summary={summary} productionStartYear={productionStartYear(annualCashFlow)} />
      </section>
      <section className={layout.section} aria-labelledby="lom-title">
        <h2 id="lom-title">Life of mine and unit costs</h2>
        <div className={styles.twoColumns}>
          <SummaryRowsTable caption="Life-of-mine totals (undiscounted, over the project life)" rows={lifeOfMineRows(summary, gradeLabel)} />
          <SummaryRowsTable caption="Unit costs (life-of-mine averages)" rows={unitCostRows(summary, priceUnit)} />
        </div>
        {revenueByProduct.length > 0 ? <SummaryRowsTable caption="Revenue by product (undiscounted, over the project life)" rows={revenueByProduct} /> : null}
      </section>
      <section className={layout.section} aria-labelledby="annual-title">
        <h2 id="annual-title">Annual cash flow</h2>
        <p className={styles.lead}>
          A row per year, money in {currency} millions. Costs, capital less salvage, the working-capital build-up and income tax are positive amounts, deducted in the cash-flow
          columns.
        </p>
        <AnnualCashFlowTable rows={annualCashFlow} currency={currency} priceUnit={priceUnit} gradeUnit={gradeLabel} meanHeadGrade={summary.lifeOfMine.meanHeadGrade} />
        {annualProducts ? <ProductRevenueTable rows={annualCashFlow} products={annualProducts} currency={currency} /> : null}
      </section>
      <SensitivitySection economics={economics} />
    </>
  );
}
