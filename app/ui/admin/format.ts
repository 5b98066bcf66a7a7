import type { Role } from "@/lib/domain/roles";

// Labels for the admin pages. Kept free of server modules: client components import it.

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = [
  { value: "viewer", label: "Viewer" },
  { value: "analyst", label: "Analyst" },
  { value: "project_manager", label: "Project manager" },
  { value: "admin", label: "Admin" },
];

export function formatRoleLabel(role: Role): string {
  return ROLE_OPTIONS.find((option) => option.value === role)?.label ?? role;
}

const DATE_TIME_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "2 Jan 2026, 03:04 UTC", or "Never" for someone who has not signed in yet. */
export function formatLastSignIn(value: Date | string | null): string {
  if (value === null) return "Never";
  return DATE_TIME_FORMAT.format(typeof value === "string" ? new Date(value) : value);
}

export function membersPath(organisationId: string, userId?: string): string {
  const base = `/api/organisations/${organisationId}/users`;
  return userId ? `${base}/${userId}` : base;
}
