"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn, GridOption } from "../grid/types";
import { PRODUCT_GRADE_UNIT_OPTIONS, PRODUCT_PRICE_UNIT_OPTIONS, PRODUCT_ROLE_OPTIONS } from "../product-options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import { HeadGradeScheduleCell } from "./head-grade-schedule-cell";
import type { InputTableProps } from "./table-props";

export type ProductTableProps = InputTableProps & {
  /** The project's commodity: the primary product, priced and graded on the General and Production tabs. */
  commodity: string;
  /** The primary's price currency: every product is priced in it (one fx rate converts them all). */
  priceCurrency: string;
  /** The organisation's price decks ("Consensus gold (USD/oz, gold)"): a product may take its prices from one. */
  priceDecks?: readonly GridOption[];
};

/** The flat price, or a deck of the organisation (its commodity must be the product's name, unit and currency as the product's). */
const FLAT_PRICE: GridOption = { value: "", label: "Flat price" };

function productColumns(priceCurrency: string, priceDecks: readonly GridOption[]): GridColumn[] {
  const perDmt = `${priceCurrency} per dmt`;
  return [
    { key: "name", label: "Product", kind: "text", widthCh: 16 },
    { key: "role", label: "Role", kind: "select", options: PRODUCT_ROLE_OPTIONS },
    { key: "gradeUnit", label: "Grade unit", kind: "select", options: PRODUCT_GRADE_UNIT_OPTIONS },
    { key: "headGrade", label: "Head grade (grade unit, years the schedule leaves out)", kind: "number", widthCh: 8 },
    { key: "headGradeByYear", label: "Head grade by production year (grade unit; year 1; year 2; …)", kind: "text", renderEditor: (props) => <HeadGradeScheduleCell {...props} /> },
    { key: "recoveryPct", label: "Recovery (%)", kind: "number", widthCh: 6 },
    { key: "priceUnit", label: "Price unit", kind: "select", options: PRODUCT_PRICE_UNIT_OPTIONS },
    { key: "price", label: `Flat price (${priceCurrency} per price unit)`, kind: "number", widthCh: 10 },
    { key: "priceDeckId", label: "Price deck (replaces the flat price)", kind: "select", isNullable: true, options: [FLAT_PRICE, ...priceDecks] },
    { key: "payablePct", label: "Payable (%)", kind: "number", widthCh: 6 },
    { key: "refiningChargePerUnit", label: `Refining charge (${priceCurrency} per payable unit)`, kind: "number", widthCh: 8 },
    { key: "premiumPerUnit", label: `Premium (${priceCurrency} per payable unit)`, kind: "number", widthCh: 8 },
    { key: "concentrateGradePct", label: "Own concentrate grade (%; blank: no TC or penalty of its own)", kind: "number", isNullable: true, widthCh: 6 },
    { key: "treatmentChargePerDmt", label: `Treatment charge (${perDmt})`, kind: "number", isNullable: true, widthCh: 8 },
    { key: "concentrateMoisturePct", label: "Concentrate moisture (%)", kind: "number", isNullable: true, widthCh: 6 },
    { key: "moisturePenaltyThresholdPct", label: "Moisture penalty threshold (%)", kind: "number", isNullable: true, widthCh: 6 },
    { key: "moisturePenaltyPerDmtPerPct", label: `Moisture penalty (${perDmt} per % above)`, kind: "number", isNullable: true, widthCh: 8 },
    { key: "impurityContentPct", label: "Impurity content (%)", kind: "number", isNullable: true, widthCh: 6 },
    { key: "impurityPenaltyThresholdPct", label: "Impurity penalty threshold (%)", kind: "number", isNullable: true, widthCh: 6 },
    { key: "impurityPenaltyPerDmtPerPct", label: `Impurity penalty (${perDmt} per % above)`, kind: "number", isNullable: true, widthCh: 8 },
  ];
}

const NEW_ROW_VALUES = { name: "", role: "by_product", gradeUnit: "g_per_t", headGrade: "0", recoveryPct: "0", priceUnit: "oz", price: "", priceDeckId: "", payablePct: "0", refiningChargePerUnit: "0", premiumPerUnit: "0" };

/** Co- and by-products besides the project's commodity: grade, recovery, price (flat or a deck) and smelter terms of each. */
export function ProductTable({ commodity, priceCurrency, priceDecks = [], ...props }: ProductTableProps) {
  const columns = useMemo(() => productColumns(priceCurrency, priceDecks), [priceCurrency, priceDecks]);
  const newRow = useCallback(() => createNewRow(NEW_ROW_VALUES, { headGradeByYear: null }), []);
  return (
    <RowTableEditor
      {...props}
      segment="products"
      title="Products"
      description={`The primary product is the project's commodity (${commodity}), priced on the General tab and graded in the production schedule. Add co- and by-products here, priced in ${priceCurrency} (flat, or from a price deck of the product's name, unit and currency): a by-product's net smelter return is credited against the primary's AISC; a co-product's revenue counts in full and is not credited.`}
      emptyMessage={`No co- or by-products: the scenario sells ${commodity} only. Add one (e.g. gold or silver in a copper concentrate) to count its revenue.`}
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
