import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.production;

// GET /api/scenarios/{id}/production – list the scenario's effective production schedule periods (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/production – add a production period
export const POST = collection.POST;

// PUT /api/scenarios/{id}/production – replace all production schedule periods of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
