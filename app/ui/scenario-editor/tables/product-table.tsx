"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn } from "../grid/types";
import { PRODUCT_GRADE_UNIT_OPTIONS, PRODUCT_PRICE_UNIT_OPTIONS, PRODUCT_ROLE_OPTIONS } from "../product-options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import type { InputTableProps } from "./table-props";

export type ProductTableProps = InputTableProps & {
  /** The project's commodity: the primary product, priced and graded on the General and Production tabs. */
  commodity: string;
  /** The primary's price currency: every product is priced in it (one fx rate converts them all). */
  priceCurrency: string;
};

function productColumns(priceCurrency: string): GridColumn[] {
  return [
    { key: "name", label: "Product", kind: "text", widthCh: 16 },
    { key: "role", label: "Role", kind: "select", options: PRODUCT_ROLE_OPTIONS },
    { key: "gradeUnit", label: "Grade unit", kind: "select", options: PRODUCT_GRADE_UNIT_OPTIONS },
    { key: "headGrade", label: "Head grade (grade unit, every production year)", kind: "number", widthCh: 8 },
    { key: "recoveryPct", label: "Recovery (%)", kind: "number", widthCh: 6 },
    { key: "priceUnit", label: "Price unit", kind: "select", options: PRODUCT_PRICE_UNIT_OPTIONS },
    { key: "price", label: `Price (${priceCurrency} per price unit)`, kind: "number", widthCh: 10 },
    { key: "payablePct", label: "Payable (%)", kind: "number", widthCh: 6 },
    { key: "refiningChargePerUnit", label: `Refining charge (${priceCurrency} per payable unit)`, kind: "number", widthCh: 8 },
    { key: "premiumPerUnit", label: `Premium (${priceCurrency} per payable unit)`, kind: "number", widthCh: 8 },
  ];
}

/** Co- and by-products besides the project's commodity: grade, recovery, price and smelter terms of each. */
export function ProductTable({ commodity, priceCurrency, ...props }: ProductTableProps) {
  const columns = useMemo(() => productColumns(priceCurrency), [priceCurrency]);
  const newRow = useCallback(
    () =>
      createNewRow({ name: "", role: "by_product", gradeUnit: "g_per_t", headGrade: "0", recoveryPct: "0", priceUnit: "oz", price: "", payablePct: "0", refiningChargePerUnit: "0", premiumPerUnit: "0" }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="products"
      title="Products"
      description={`The primary product is the project's commodity (${commodity}), priced on the General tab and graded in the production schedule. Add co- and by-products here, priced in ${priceCurrency}: a by-product's net smelter return is credited against the primary's AISC; a co-product's revenue counts in full and is not credited.`}
      emptyMessage={`No co- or by-products: the scenario sells ${commodity} only. Add one (e.g. gold or silver in a copper concentrate) to count its revenue.`}
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
