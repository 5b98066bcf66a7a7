import { getCorrelations, putCorrelations } from "@/lib/api/rows";

// GET /api/scenarios/{id}/correlations – the scenario's effective rank correlations, by parameter lineage ids
export const GET = getCorrelations;

// PUT /api/scenarios/{id}/correlations – replace the scenario's correlation matrix (pairs left out are 0)
export const PUT = putCorrelations;
