import { PRODUCT_ROLES } from "@/lib/domain/products";
import { GRADE_UNITS, METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { column, ROW_ID_COLUMN, rowKindSheet } from "../columns";

// Co- and by-products (issue #14): one row per product besides the project's commodity.

export const PRODUCTS_KIND = rowKindSheet("product", {
  label: "Products",
  columns: [
    ROW_ID_COLUMN,
    column("name", "name", "text", { isRequired: true, description: "Product name, not the project's commodity", example: "gold" }),
    column("role", "role", "enum", { isRequired: true, values: PRODUCT_ROLES, description: "co_product or by_product (credited in AISC)", example: "by_product" }),
    column("grade_unit", "gradeUnit", "enum", { isRequired: true, values: GRADE_UNITS, description: "Unit of head_grade", example: "g_per_t" }),
    column("price_unit", "priceUnit", "enum", { isRequired: true, values: METAL_PRICE_UNITS, description: "Unit the price is quoted per", example: "oz" }),
    column("price_per_unit", "price", "number", { isRequired: true, description: "Price in the scenario's price currency per price_unit (> 0)", example: 2000 }),
    column("head_grade", "headGrade", "number", { isRequired: true, description: "Head grade in grade_unit, every production year", example: 0.5 }),
    column("recovery_pct", "recoveryPct", "number", { isRequired: true, description: "Metallurgical recovery, 0–100 %", example: 70 }),
    column("payable_pct", "payablePct", "number", { isRequired: true, description: "Payable, 0–100 %", example: 90 }),
    column("refining_charge_per_unit", "refiningChargePerUnit", "number", { description: "Price currency per payable unit (empty: 0)", example: 5 }),
    column("premium_per_unit", "premiumPerUnit", "number", { description: "Price currency per payable unit (empty: 0)", example: 0 }),
  ],
});
