// The vocabulary of a scenario's co- and by-products (issue #14). lib/domain imports nothing.

/**
 * co_product: its costs and revenue count like the primary's, no credit in AISC. by_product: its net smelter return
 * is credited against the primary's AISC. The primary is the project's commodity, never a product row.
 */
export const PRODUCT_ROLES = ["co_product", "by_product"] as const;

export type ProductRole = (typeof PRODUCT_ROLES)[number];

export const PRODUCT_ROLE_LABELS: Record<ProductRole, string> = {
  co_product: "Co-product",
  by_product: "By-product",
};
