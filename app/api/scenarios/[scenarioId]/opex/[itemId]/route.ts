import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.opex;

// GET /api/scenarios/{id}/opex/{itemId} – an opex item of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/opex/{itemId} – change an opex item (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/opex/{itemId} – delete an opex item, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
