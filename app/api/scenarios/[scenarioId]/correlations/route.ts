import { correlationRoutes } from "@/lib/rows/routes";

// GET /api/scenarios/{id}/correlations – the scenario's effective rank correlations, by parameter lineage ids
export const GET = correlationRoutes.GET;

// PUT /api/scenarios/{id}/correlations – replace the scenario's correlation matrix (pairs left out are 0)
export const PUT = correlationRoutes.PUT;
