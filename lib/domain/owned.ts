// The kinds of record a caller reaches by id in a URL, and the words used for them in "not found" messages.
// Every one belongs to exactly one organisation; lib/access answers "who owns it, and may the caller act on it".

export const OWNED_KINDS = ["project", "scenario", "equipment", "maintenanceLog", "simulationRun"] as const;
export type OwnedKind = (typeof OWNED_KINDS)[number];

export const OWNED_KIND_LABELS: Record<OwnedKind, string> = {
  project: "Project",
  scenario: "Scenario",
  equipment: "Equipment",
  maintenanceLog: "Maintenance log",
  simulationRun: "Simulation run",
};
