import styles from "./metric.module.css";

/** One figure: a label, its value (with unit) and an optional note (exact amount, convention, or why there is none). */
export type MetricCard = { label: string; value: string; note?: string };

/** Figures as cards in a description list; `isCompact` shows the values smaller (many figures, e.g. a run's statistics). */
export function MetricGrid({ cards, isCompact = false }: { cards: readonly MetricCard[]; isCompact?: boolean }) {
  return (
    <dl className={isCompact ? `${styles.grid} ${styles.compact}` : styles.grid}>
      {cards.map((card) => (
        <div key={card.label} className={styles.card} data-testid="metric-card">
          <dt>{card.label}</dt>
          <dd className={styles.value} data-testid="metric-value">
            {card.value}
          </dd>
          {card.note ? <dd className={styles.note}>{card.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
