import type { NewMaintenanceLog } from "../schema";

// Three years of maintenance history for the demo fleet (the owner's fleet, moving from its current
// operation), generated deterministically: the same rows on every seed, no Math.random.

const HISTORY_START = Date.UTC(2023, 9, 1); // 1 October 2023
const HISTORY_MONTHS = 36;

/** mulberry32: a tiny seeded generator, uniform in [0, 1). Enough for demo data, not for simulations. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typical event size for a machine class: downtime hours and cost in USD per event. */
export type MaintenanceProfile = { downtimeHours: number; costUsd: number; correctivePerMonth: number };

function isoDate(monthIndex: number, day: number): string {
  const date = new Date(HISTORY_START);
  date.setUTCMonth(date.getUTCMonth() + monthIndex, Math.min(day, 28));
  return date.toISOString().slice(0, 10);
}

function event(
  equipmentId: string,
  type: NewMaintenanceLog["type"],
  performedOn: string,
  size: number,
  profile: MaintenanceProfile,
): NewMaintenanceLog {
  const scale = type === "corrective" ? 2.5 : type === "inspection" ? 0.25 : 1;
  return {
    equipmentId,
    performedOn,
    type,
    downtimeHours: Math.round(profile.downtimeHours * scale * size * 10) / 10,
    cost: Math.round(profile.costUsd * scale * size * 100) / 100,
    currency: "USD",
    notes:
      type === "corrective"
        ? "Unplanned repair"
        : type === "inspection"
          ? "Statutory inspection"
          : "Scheduled service",
  };
}

/** Monthly services, quarterly inspections and random breakdowns for one equipment line. */
export function maintenanceHistory(
  equipmentId: string,
  seed: number,
  profile: MaintenanceProfile,
): NewMaintenanceLog[] {
  const random = createRandom(seed);
  const rows: NewMaintenanceLog[] = [];
  for (let month = 0; month < HISTORY_MONTHS; month += 1) {
    rows.push(
      event(equipmentId, "preventive", isoDate(month, 3 + (seed % 7)), 0.8 + 0.4 * random(), profile),
    );
    if (month % 3 === 0)
      rows.push(event(equipmentId, "inspection", isoDate(month, 15), 0.9 + 0.2 * random(), profile));
    if (random() < profile.correctivePerMonth) {
      rows.push(
        event(
          equipmentId,
          "corrective",
          isoDate(month, 1 + Math.floor(random() * 28)),
          0.5 + random(),
          profile,
        ),
      );
    }
  }
  return rows;
}

export const MAINTENANCE_PROFILES: Record<string, MaintenanceProfile> = {
  haul_truck: { downtimeHours: 14, costUsd: 18_000, correctivePerMonth: 0.8 },
  shovel: { downtimeHours: 20, costUsd: 45_000, correctivePerMonth: 0.6 },
  drill: { downtimeHours: 10, costUsd: 12_000, correctivePerMonth: 0.5 },
  dozer: { downtimeHours: 8, costUsd: 7_500, correctivePerMonth: 0.5 },
  grader: { downtimeHours: 6, costUsd: 4_000, correctivePerMonth: 0.3 },
};
