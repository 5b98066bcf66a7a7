import type { PriceDeckDetailOutput, PriceDeckOutput } from "@/lib/price-decks";

// What the price deck components take: the service's DTOs, as pages pass them down.

export type PriceDeckListItem = PriceDeckOutput;
export type PriceDeckView = PriceDeckDetailOutput;
export type DeckFormValues = Pick<
  PriceDeckDetailOutput,
  | "id"
  | "name"
  | "description"
  | "commodity"
  | "priceUnit"
  | "currency"
  | "longTermPrice"
  | "version"
  | "prices"
>;

export const PRICE_UNIT_OPTIONS = [
  { value: "lb", label: "Pound (lb)" },
  { value: "oz", label: "Troy ounce (oz)" },
  { value: "t", label: "Tonne (t)" },
  { value: "kg", label: "Kilogram (kg)" },
  { value: "g", label: "Gram (g)" },
] as const;

/** "USD/lb": how every price of the deck is quoted. */
export function deckUnitLabel(deck: Pick<PriceDeckOutput, "currency" | "priceUnit">): string {
  return `${deck.currency}/${deck.priceUnit}`;
}
