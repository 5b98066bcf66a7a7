import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.products;

// GET /api/scenarios/{id}/products/{itemId} – a product of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/products/{itemId} – change a product (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/products/{itemId} – delete a product, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
