import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.equipment;

// GET /api/scenarios/{id}/equipment – list the scenario's effective equipment lines (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/equipment – add an equipment line
export const POST = collection.POST;

// PUT /api/scenarios/{id}/equipment – replace all equipment lines of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
