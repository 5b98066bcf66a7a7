import { consumptionActualRoutes } from "@/lib/rows/routes";

// {itemId} is the item's lineage id; the actuals hang from the scenario's effective row of it, never inherited.

// GET /api/scenarios/{id}/consumption/{itemId}/actuals – the item's consumption actuals by period, filtered and paginated
export const GET = consumptionActualRoutes.list;

// POST /api/scenarios/{id}/consumption/{itemId}/actuals – log the quantity the item used in a period and its unit cost
export const POST = consumptionActualRoutes.create;
