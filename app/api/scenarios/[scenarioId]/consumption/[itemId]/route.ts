import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.consumption;

// GET /api/scenarios/{id}/consumption/{itemId} – a consumption item of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/consumption/{itemId} – change a consumption item (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/consumption/{itemId} – delete a consumption item, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
