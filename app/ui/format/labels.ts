import type { AuditAction, AuditEntityType } from "@/lib/domain/audit";
import type { OperationType } from "@/lib/domain/projects";
import type { Role } from "@/lib/domain/roles";
import type { Sampler, SimulationStatus } from "@/lib/domain/simulations";
import { EMPTY } from "./intl";

// Words for the vocabulary's enum values (lib/domain), for tables, badges and selects.

/** Values whose label is not their words capitalised: acronyms, symbols and hyphenated terms. */
const SPECIAL_LABELS: Record<string, string> = { g_and_a: "G&A", nsr: "NSR", pct: "%", g_per_t: "g/t", ppm: "ppm", mid_period: "Mid-period", with_timing: "Follows the discounting convention", at_valuation_date: "At the valuation date" };

/** Humanises an enum value: "per_tonne_mined" → "Per tonne mined", "g_and_a" → "G&A"; "—" when there is none. */
export function formatEnumLabel(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const special = SPECIAL_LABELS[value];
  if (special) return special;
  const words = value.replaceAll("_", " ").replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", analyst: "Analyst", project_manager: "Project manager", admin: "Admin" };

/** The roles lowest to highest, for a select. */
export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

export function formatRoleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

const OPERATION_TYPE_LABELS: Record<OperationType, string> = {
  open_pit: "Open pit",
  underground: "Underground",
  in_situ_leach: "In-situ leach",
  heap_leach: "Heap leach",
  placer: "Placer",
  other: "Other",
};

/** The operation types a project may have, for a select. */
export const OPERATION_TYPE_OPTIONS = Object.entries(OPERATION_TYPE_LABELS).map(([value, label]) => ({ value, label }));

export function formatOperationType(operationType: string): string {
  return OPERATION_TYPE_LABELS[operationType as OperationType] ?? operationType.replaceAll("_", " ");
}

/** "copper" → "Copper" (the rest as typed). */
export function formatCommodity(commodity: string): string {
  return commodity.charAt(0).toUpperCase() + commodity.slice(1);
}

/** "1 scenario", "3 scenarios". */
export function formatScenarioCount(count: number): string {
  return `${count} scenario${count === 1 ? "" : "s"}`;
}

const SAMPLER_LABELS: Record<Sampler, string> = { monte_carlo: "Monte Carlo", latin_hypercube: "Latin hypercube" };

export function formatSampler(sampler: Sampler): string {
  return SAMPLER_LABELS[sampler];
}

const RUN_STATUS_LABELS: Record<SimulationStatus, string> = { queued: "Queued", running: "Running", succeeded: "Succeeded", failed: "Failed", cancelled: "Cancelled" };

export function formatRunStatus(status: SimulationStatus): string {
  return RUN_STATUS_LABELS[status];
}

/** Which way a metric is better: "Higher is better". */
export function formatBetter(better: "higher" | "lower"): string {
  return better === "higher" ? "Higher is better" : "Lower is better";
}

/** What an audit row says was done, as a phrase: "Created", "Failed sign-in". */
const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  import: "Imported",
  export: "Exported",
  run: "Ran",
  cancel: "Cancelled",
  sign_in: "Signed in",
  role_change: "Changed role",
  sign_in_failed: "Failed sign-in",
  password_change: "Changed password",
  password_reset: "Reset password",
  revoke: "Revoked",
  accept: "Accepted",
  preference_change: "Changed a preference",
};

/** The audit actions in the vocabulary's order, for a select. */
export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));

export function formatAuditAction(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? formatEnumLabel(action);
}

const AUDIT_ENTITY_TYPE_LABELS: Record<AuditEntityType, string> = {
  project: "Project",
  scenario: "Scenario",
  process_parameter: "Process parameter",
  production_output: "Production output",
  capex_item: "Capex item",
  opex_item: "Opex item",
  consumption_item: "Consumption item",
  equipment: "Equipment",
  product: "Product",
  scenario_row_removal: "Removed scenario row",
  parameter_correlation: "Parameter correlation",
  maintenance_log: "Maintenance log",
  consumption_actual: "Consumption actual",
  simulation_run: "Simulation run",
  user: "User account",
  membership: "Membership",
  invitation: "Invitation",
  api_token: "API token",
  organisation: "Organisation",
  password_link: "Password link",
  price_deck: "Price deck",
};

/** The kinds of audited record, for a select. */
export const AUDIT_ENTITY_TYPE_OPTIONS = Object.entries(AUDIT_ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label }));

/** A kind of audited record in words; a kind the vocabulary no longer has is humanised. */
export function formatAuditEntityType(entityType: string): string {
  return AUDIT_ENTITY_TYPE_LABELS[entityType as AuditEntityType] ?? formatEnumLabel(entityType);
}
