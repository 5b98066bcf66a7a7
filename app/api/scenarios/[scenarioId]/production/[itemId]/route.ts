import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.production;

// GET /api/scenarios/{id}/production/{itemId} – a production period of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/production/{itemId} – change a production period (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/production/{itemId} – delete a production period, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
