import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.parameters;

// GET /api/scenarios/{id}/parameters/{itemId} – a process parameter of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/parameters/{itemId} – change a process parameter (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/parameters/{itemId} – delete a process parameter, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
