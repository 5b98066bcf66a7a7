import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.capex;

// GET /api/scenarios/{id}/capex – list the scenario's effective capex items (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/capex – add a capex item
export const POST = collection.POST;

// PUT /api/scenarios/{id}/capex – replace all capex items of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
