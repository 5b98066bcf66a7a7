import { PRODUCT_ROLE_LABELS, PRODUCT_ROLES, type ProductRole } from "@/lib/domain/products";
import { GRADE_UNITS, METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import type { GridOption } from "./grid/types";

// Choices of the Products table's select cells, from lib/domain (the browser may import it: it imports nothing).

export const PRODUCT_ROLE_OPTIONS: readonly (GridOption & { value: ProductRole })[] = PRODUCT_ROLES.map((value) => ({
  value,
  label: PRODUCT_ROLE_LABELS[value],
}));

const GRADE_UNIT_NAMES: Record<(typeof GRADE_UNITS)[number], string> = { pct: "%", g_per_t: "g/t", ppm: "ppm" };
export const PRODUCT_GRADE_UNIT_OPTIONS: readonly GridOption[] = GRADE_UNITS.map((value) => ({ value, label: GRADE_UNIT_NAMES[value] }));

const PRICE_UNIT_NAMES: Record<(typeof METAL_PRICE_UNITS)[number], string> = { lb: "lb", oz: "oz (troy)", t: "t", kg: "kg", g: "g" };
export const PRODUCT_PRICE_UNIT_OPTIONS: readonly GridOption[] = METAL_PRICE_UNITS.map((value) => ({ value, label: PRICE_UNIT_NAMES[value] }));
