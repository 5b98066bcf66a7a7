const OPERATION_TYPE_LABELS: Record<string, string> = {
  open_pit: "Open pit",
  underground: "Underground",
  in_situ_leach: "In-situ leach",
  heap_leach: "Heap leach",
  placer: "Placer",
  other: "Other",
};

export function formatOperationType(operationType: string): string {
  return OPERATION_TYPE_LABELS[operationType] ?? operationType.replaceAll("_", " ");
}

export function formatCommodity(commodity: string): string {
  return commodity.charAt(0).toUpperCase() + commodity.slice(1);
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(value: Date | string): string {
  return DATE_FORMAT.format(typeof value === "string" ? new Date(value) : value);
}

export function formatScenarioCount(count: number): string {
  return `${count} scenario${count === 1 ? "" : "s"}`;
}

/** The operation types a project may have, for a select (same keys as OPERATION_TYPES in db/schema/projects.ts). */
export const OPERATION_TYPE_OPTIONS = Object.entries(OPERATION_TYPE_LABELS).map(([value, label]) => ({ value, label }));
