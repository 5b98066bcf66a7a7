import type { ScenarioEconomics } from "@/lib/scenarios";
import { SpiderChart } from "@/app/ui/charts/spider-chart";
import { describeTerms, millionsUnit, valuedAt } from "./economics-text";
import { describeSpider, driverLabel, formatChangeLabel, sensitivityNpvName } from "./sensitivity-text";
import { SensitivityTable } from "./sensitivity-table";
import styles from "./economics.module.css";

// The pieces of the sensitivities that the Economics tab and the printed report both show, worded once.

type Props = { economics: ScenarioEconomics };

/** What a one-at-a-time step is, then the NPV table by driver and step. */
export function SensitivityNpvTable({ economics }: Props) {
  const { sensitivities, summary } = economics;
  const npvName = sensitivityNpvName(sensitivities.discountRatePct);
  const npvTitle = `${npvName.charAt(0).toUpperCase()}${npvName.slice(1)}`;
  return (
    <>
      <p className={styles.lead}>
        One driver moves at a time, every other input stays at its base; each step is a full run of the model (royalties, tax and loss carry-forward included).
      </p>
      <SensitivityTable title={`${npvTitle} (${millionsUnit(summary.currency)}, ${valuedAt(summary.conventions)}) by driver and change from the base`} metric="npv" lines={sensitivities.lines} currency={summary.currency} />
    </>
  );
}

/** The spider chart: NPV against the change in each driver. */
export function SensitivitySpider({ economics }: Props) {
  const { sensitivities, summary } = economics;
  const { currency } = summary;
  const rate = sensitivities.discountRatePct;
  const changes = sensitivities.lines[0]?.points.map((point) => point.changePct) ?? [];
  return (
    <SpiderChart
      title={`Spider chart: ${sensitivityNpvName(rate)} (${currency} million) against the change in each driver`}
      summary={describeSpider(sensitivities.lines, sensitivities.base.npv, currency, rate)}
      lines={sensitivities.lines.map((line) => ({ label: driverLabel(line.driver, currency), points: line.points.map(({ changePct, npv }) => ({ changePct, npv })) }))}
      changeLabels={changes.map(formatChangeLabel)}
      currency={currency}
      npvName="NPV"
    />
  );
}

/** The project IRR by driver and step. */
export function SensitivityIrrTable({ economics }: Props) {
  const { sensitivities, summary } = economics;
  return <SensitivityTable title={`After-tax project IRR (%, ${describeTerms(summary.conventions)}) by driver and change from the base`} metric="irr" lines={sensitivities.lines} currency={summary.currency} />;
}
