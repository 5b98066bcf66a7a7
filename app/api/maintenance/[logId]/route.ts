import { maintenanceRoutes } from "@/lib/rows/routes";

// GET /api/maintenance/{id} – one maintenance log
export const GET = maintenanceRoutes.get;

// PATCH /api/maintenance/{id} – change a maintenance log
export const PATCH = maintenanceRoutes.update;

// DELETE /api/maintenance/{id} – delete a maintenance log
export const DELETE = maintenanceRoutes.remove;
