import type { BreakEven } from "@/lib/engine/model";
import { describeBreakEven } from "./sensitivity-text";
import styles from "./economics.module.css";

const TITLES: Record<BreakEven["driver"], string> = { price: "Price", operating_cost: "Operating cost", capital_cost: "Capital cost" };

/** How far price, operating cost and capital can move before the after-tax NPV at the scenario rate is zero. */
export function BreakEvenList({ breakEvens, discountRatePct }: { breakEvens: readonly BreakEven[]; discountRatePct: number }) {
  return (
    <dl className={styles.breakEvens}>
      {breakEvens.map((breakEven) => (
        <div key={breakEven.driver} className={styles.breakEven}>
          <dt>{TITLES[breakEven.driver]}</dt>
          <dd>{describeBreakEven(breakEven, discountRatePct)}</dd>
        </div>
      ))}
    </dl>
  );
}
