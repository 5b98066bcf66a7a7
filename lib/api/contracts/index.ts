import type { ApiContract } from "@/lib/http/contract";
import { systemContracts } from "./system";

/** Every route's contract, the source of /api/openapi.json. Add a resource's list here when it gains routes. */
export const allContracts: readonly ApiContract[] = [...systemContracts];
