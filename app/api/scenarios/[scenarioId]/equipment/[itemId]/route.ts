import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.equipment;

// GET /api/scenarios/{id}/equipment/{itemId} – an equipment line of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/equipment/{itemId} – change an equipment line (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/equipment/{itemId} – delete an equipment line, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
