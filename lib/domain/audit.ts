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
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
