import { deleteMaintenance, getMaintenance, updateMaintenance } from "@/lib/api/rows";

// GET /api/maintenance/{id} – one maintenance log
export const GET = getMaintenance;

// PATCH /api/maintenance/{id} – change a maintenance log
export const PATCH = updateMaintenance;

// DELETE /api/maintenance/{id} – delete a maintenance log
export const DELETE = deleteMaintenance;
