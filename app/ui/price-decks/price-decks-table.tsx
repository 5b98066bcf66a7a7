import Link from "next/link";
import { formatCommodity, formatDate, formatNumber } from "@/app/ui/format";
import { deckUnitLabel, type PriceDeckListItem } from "./types";
import tables from "@/app/ui/common/table.module.css";

/** "2030–2035 (5 years)", or "No years: long-term price only". */
export function formatDeckYears(
  deck: Pick<PriceDeckListItem, "firstYear" | "lastYear" | "yearCount">,
): string {
  if (deck.yearCount === 0 || deck.firstYear === null || deck.lastYear === null)
    return "No years: long-term price only";
  const span =
    deck.firstYear === deck.lastYear ? String(deck.firstYear) : `${deck.firstYear}–${deck.lastYear}`;
  return `${span} (${deck.yearCount} year${deck.yearCount === 1 ? "" : "s"})`;
}

/** The organisation's price decks, each name a link to the deck. */
export function PriceDecksTable({
  decks,
  caption,
}: {
  decks: readonly PriceDeckListItem[];
  caption: string;
}) {
  return (
    <div className={tables.wrap}>
      <table className={tables.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Commodity</th>
            <th scope="col">Unit</th>
            <th scope="col">Years priced</th>
            <th scope="col" className={tables.numeric}>
              Long-term price
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {decks.map((deck) => (
            <tr key={deck.id}>
              <th scope="row">
                <Link href={`/price-decks/${deck.id}`}>{deck.name}</Link>
              </th>
              <td>{formatCommodity(deck.commodity)}</td>
              <td>{deckUnitLabel(deck)}</td>
              <td>{formatDeckYears(deck)}</td>
              <td className={tables.numeric}>
                {formatNumber(deck.longTermPrice, 4)} {deckUnitLabel(deck)}
              </td>
              <td>{formatDate(deck.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
