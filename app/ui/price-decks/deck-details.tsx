import Link from "next/link";
import { formatCommodity, formatNumber } from "@/app/ui/format";
import { formatDeckYears } from "./price-decks-table";
import { deckUnitLabel, type PriceDeckView } from "./types";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./price-decks.module.css";

/** A price deck read-only (for members who may not change it): its terms and its prices by year. */
export function DeckDetails({ deck }: { deck: PriceDeckView }) {
  const unit = deckUnitLabel(deck);
  return (
    <div className={layout.panel}>
      <dl className={styles.detailList}>
        <div>
          <dt>Commodity</dt>
          <dd>{formatCommodity(deck.commodity)}</dd>
        </div>
        <div>
          <dt>Prices in</dt>
          <dd>{unit}</dd>
        </div>
        <div>
          <dt>Years priced</dt>
          <dd>{formatDeckYears(deck)}</dd>
        </div>
        <div>
          <dt>Long-term price (after the last year)</dt>
          <dd>
            {formatNumber(deck.longTermPrice, 4)} {unit}
          </dd>
        </div>
      </dl>
      {deck.description ? <p className={styles.description}>{deck.description}</p> : null}
      {deck.prices.length > 0 ? (
        <div className={tables.wrap}>
          <table className={tables.table}>
            <caption>Prices by year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className={tables.numeric}>
                  Price ({unit})
                </th>
              </tr>
            </thead>
            <tbody>
              {deck.prices.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className={tables.numeric}>{formatNumber(p.price, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/** The scenarios that take their prices from the deck (their children inherit it). */
export function DeckUsers({ deck }: { deck: PriceDeckView }) {
  if (deck.usedBy.length === 0)
    return (
      <p className={layout.muted}>
        No scenario uses this deck yet; a scenario chooses it under General &amp; economics → Price source.
      </p>
    );
  return (
    <section aria-labelledby="deck-users-title">
      <h2 id="deck-users-title">Used by</h2>
      <ul>
        {deck.usedBy.map((user) => (
          <li key={user.scenarioId}>
            <Link href={`/projects/${user.projectId}/scenarios/${user.scenarioId}`}>
              {user.projectName} / {user.scenarioName}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
