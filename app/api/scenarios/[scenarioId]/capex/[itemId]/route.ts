import { rowRoutes } from "@/lib/rows/routes";

// {itemId} is the row's LINEAGE id: the same input keeps it across the scenario tree (parent row, child override).
const { item } = rowRoutes.capex;

// GET /api/scenarios/{id}/capex/{itemId} – a capex item of the scenario, by lineage id
export const GET = item.GET;

// PATCH /api/scenarios/{id}/capex/{itemId} – change a capex item (on an inherited row: create the scenario's override)
export const PATCH = item.PATCH;

// DELETE /api/scenarios/{id}/capex/{itemId} – delete a capex item, remove an inherited one, or ?revert=true to the parent's
export const DELETE = item.DELETE;
