// Roles, lowest to highest; held per organisation.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

/** Roles lowest to highest; the order is the permission order (see lib/auth/roles.ts). */
export const ROLES = ["viewer", "analyst", "project_manager", "admin"] as const;

export type Role = (typeof ROLES)[number];
