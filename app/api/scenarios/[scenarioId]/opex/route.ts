import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.opex;

// GET /api/scenarios/{id}/opex – list the scenario's effective opex items (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/opex – add an opex item
export const POST = collection.POST;

// PUT /api/scenarios/{id}/opex – replace all opex items of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
