import { consumptionActualRoutes } from "@/lib/rows/routes";

// GET /api/consumption-actuals/{id} – one consumption actual
export const GET = consumptionActualRoutes.get;

// PATCH /api/consumption-actuals/{id} – change a consumption actual
export const PATCH = consumptionActualRoutes.update;

// DELETE /api/consumption-actuals/{id} – delete a consumption actual
export const DELETE = consumptionActualRoutes.remove;
