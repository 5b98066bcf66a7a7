// The kinds of record a caller reaches by id in a URL, and the words used for them in "not found" messages.
// Every one belongs to exactly one organisation; lib/access answers "who owns it, and may the caller act on it".

export const OWNED_KINDS = ["project", "scenario", "equipment", "maintenanceLog", "consumptionActual", "simulationRun", "priceDeck"] as const;
export type OwnedKind = (typeof OWNED_KINDS)[number];

/** Kinds that belong to the organisation itself, not to one of its projects. */
export const ORGANISATION_KINDS = ["priceDeck"] as const satisfies readonly OwnedKind[];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
/** Kinds that sit inside a project (their owner names the project). */
export type ProjectKind = Exclude<OwnedKind, OrganisationKind>;

export const OWNED_KIND_LABELS: Record<OwnedKind, string> = {
  project: "Project",
  scenario: "Scenario",
  equipment: "Equipment",
  maintenanceLog: "Maintenance log",
  consumptionActual: "Consumption actual",
  simulationRun: "Simulation run",
  priceDeck: "Price deck",
};
