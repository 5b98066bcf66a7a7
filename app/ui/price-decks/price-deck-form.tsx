"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState, type FormEvent } from "react";
import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { api, type ApiFieldErrors } from "@/lib/client/api-client";
import { DeckPriceGrid } from "./deck-price-grid";
import { deckColumns, readDeckRows, toCellErrors, toDeckRows } from "./deck-grid";
import { readDeckForm } from "./deck-input";
import { PRICE_UNIT_OPTIONS, type DeckFormValues } from "./types";
import { useDeckGrid } from "./use-deck-grid";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

const STALE_MESSAGE = "Someone else changed this price deck; reload to see their changes";
type DeckResponse = { priceDeck: { id: string } };

/**
 * Create or edit a price deck through the JSON API: its terms, the long-term price and the year/price grid, saved
 * together with the version read. Errors appear beside their fields and cells and in the form's alert.
 */
export function PriceDeckForm({ deck, cancelHref }: { deck?: DeckFormValues; cancelHref: string }) {
  const router = useRouter();
  const gridId = `deck-grid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const submit = useApiSubmit({ STALE_UPDATE: STALE_MESSAGE });
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const [currency, setCurrency] = useState(deck?.currency ?? "USD");
  const [priceUnit, setPriceUnit] = useState<string>(deck?.priceUnit ?? "lb");
  const unitLabel = `${currency.toUpperCase() || "currency"}/${priceUnit}`;
  const columns = useMemo(() => deckColumns(unitLabel), [unitLabel]);
  const decimal = useDecimalSeparator();
  const grid = useDeckGrid(
    gridId,
    columns,
    useMemo(() => toDeckRows(deck?.prices ?? [], decimal), [deck?.prices, decimal]),
  );
  const errors = { ...submit.fieldErrors, ...localErrors };
  const isNew = !deck;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readDeckForm(new FormData(event.currentTarget), { isNew, unitLabel, decimal });
    const prices = readDeckRows(grid.rows, unitLabel, decimal);
    grid.setErrors(prices.ok ? new Map() : prices.errors);
    if (!read.ok || !prices.ok) {
      submit.reset();
      return setLocalErrors(
        read.ok
          ? { prices: ["Some prices need attention; see the messages beside them."] }
          : read.fieldErrors,
      );
    }
    setLocalErrors({});
    const body = { ...read.fields, ...(read.terms ?? {}), prices: prices.prices };
    const result = await submit.run(() =>
      deck
        ? api.patch<DeckResponse>(`/api/price-decks/${deck.id}`, { ...body, version: deck.version })
        : api.post<DeckResponse>("/api/price-decks", body),
    );
    if (!result.ok) return grid.setErrors(toCellErrors(result.error.fieldErrors ?? {}, prices.rowKeys));
    router.push(`/price-decks/${result.value.priceDeck.id}`);
    router.refresh();
  }

  const hasLocalErrors = Object.keys(localErrors).length > 0;
  const message = hasLocalErrors
    ? "Some fields need attention; see the messages beside them."
    : submit.message;
  return (
    <form className={layout.panel} onSubmit={onSubmit} noValidate aria-describedby="deck-form-error">
      <FormError id="deck-form-error" message={message}>
        {submit.error?.code === "STALE_UPDATE" ? (
          <button
            type="button"
            className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
            onClick={() => router.refresh()}
          >
            Reload the price deck
          </button>
        ) : null}
      </FormError>
      <DeckFields
        deck={deck}
        errors={errors}
        unitLabel={unitLabel}
        terms={{ currency, priceUnit, setCurrency, setPriceUnit }}
      />
      <DeckPriceGrid
        gridId={gridId}
        columns={columns}
        grid={grid}
        isReadOnly={false}
        errors={errors.prices}
      />
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel={isNew ? "Creating…" : "Saving…"}>
          {isNew ? "Create price deck" : "Save price deck"}
        </SubmitButton>
        <Link href={cancelHref} className={`${buttons.button} ${buttons.secondary}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

type TermsState = {
  currency: string;
  priceUnit: string;
  setCurrency: (value: string) => void;
  setPriceUnit: (value: string) => void;
};

/** The deck's own fields; the commodity, unit and currency are fixed once the deck exists (scenarios were checked against them). */
function DeckFields({
  deck,
  errors,
  unitLabel,
  terms,
}: {
  deck?: DeckFormValues;
  errors: ApiFieldErrors;
  unitLabel: string;
  terms: TermsState;
}) {
  const isNew = !deck;
  return (
    <div className={forms.grid}>
      <TextField
        label="Name"
        name="name"
        required
        defaultValue={deck?.name}
        errors={errors.name}
        autoComplete="off"
        maxLength={100}
        hint="e.g. Consensus, Base, Upside, Downside"
      />
      <TextField
        label="Commodity"
        name="commodity"
        required
        defaultValue={deck?.commodity ?? "copper"}
        errors={errors.commodity}
        disabled={!isNew}
        hint={isNew ? "As the projects that use it name their commodity" : "Fixed once the deck exists"}
      />
      <SelectField
        label="Price unit"
        name="priceUnit"
        required
        options={PRICE_UNIT_OPTIONS}
        value={terms.priceUnit}
        onChange={(e) => terms.setPriceUnit(e.target.value)}
        errors={errors.priceUnit}
        disabled={!isNew}
      />
      <TextField
        label="Currency (ISO-4217)"
        name="currency"
        required
        value={terms.currency}
        onChange={(e) => terms.setCurrency(e.target.value)}
        errors={errors.currency}
        disabled={!isNew}
        maxLength={3}
        autoCapitalize="characters"
      />
      <NumberField
        label="Long-term price"
        unit={unitLabel}
        name="longTermPrice"
        required
        min={0}
        defaultValue={deck?.longTermPrice}
        errors={errors.longTermPrice}
        hint="Every year after the deck's last year"
      />
      <TextAreaField
        label="Description"
        name="description"
        className={forms.wide}
        defaultValue={deck?.description ?? ""}
        errors={errors.description}
        maxLength={5000}
      />
    </div>
  );
}
