// What the audit log records.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "import",
  "export",
  "run",
  "cancel",
  "sign_in",
  "role_change",
  /** A wrong password (or a deactivated account) for an existing account; the actor is unknown. */
  "sign_in_failed",
  /** The person changed their own password (the current one given). */
  "password_change",
  /** A password set through a single-use link (first password or forgotten one). */
  "password_reset",
  /** An invitation or an API token withdrawn before use or expiry. */
  "revoke",
  /** An invitation taken up. */
  "accept",
  /** The person changed a preference of their own account (the number format): no organisation's data. */
  "preference_change",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit row is about; lib/dashboards/invalidation.ts says which dashboards a change to each makes stale. */
export const AUDIT_ENTITY_TYPES = [
  "project",
  "scenario",
  "process_parameter",
  "production_output",
  "capex_item",
  "opex_item",
  "consumption_item",
  "equipment",
  "product",
  "scenario_row_removal",
  "parameter_correlation",
  "maintenance_log",
  "consumption_actual",
  "simulation_run",
  "user",
  "membership",
  "invitation",
  "api_token",
  "organisation",
  "password_link",
  "price_deck",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
