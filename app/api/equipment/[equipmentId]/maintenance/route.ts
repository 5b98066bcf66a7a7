import { maintenanceRoutes } from "@/lib/rows/routes";

// {equipmentId} is the equipment ROW id: maintenance logs are actuals of that row, never inherited.

// GET /api/equipment/{id}/maintenance – the equipment row's maintenance logs by date, filtered and paginated
export const GET = maintenanceRoutes.list;

// POST /api/equipment/{id}/maintenance – log maintenance performed on the equipment row
export const POST = maintenanceRoutes.create;
