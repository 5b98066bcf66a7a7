import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.consumption;

// GET /api/scenarios/{id}/consumption – list the scenario's effective consumption items (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/consumption – add a consumption item
export const POST = collection.POST;

// PUT /api/scenarios/{id}/consumption – replace all consumption items of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
