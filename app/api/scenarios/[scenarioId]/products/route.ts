import { rowRoutes } from "@/lib/rows/routes";

const { collection } = rowRoutes.products;

// GET /api/scenarios/{id}/products – list the scenario's effective co- and by-products (inherited, overridden, own)
export const GET = collection.GET;

// POST /api/scenarios/{id}/products – add a co- or by-product
export const POST = collection.POST;

// PUT /api/scenarios/{id}/products – replace all products of the scenario in one transaction (the editor's save)
export const PUT = collection.PUT;
