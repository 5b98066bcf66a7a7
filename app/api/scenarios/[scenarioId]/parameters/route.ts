import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.parameters;

// GET /api/scenarios/{id}/parameters – list the scenario's effective process parameters (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/parameters – add a process parameter
export const POST = collection.POST;

// PUT /api/scenarios/{id}/parameters – replace all process parameters of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
