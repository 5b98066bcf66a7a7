import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { discountingText } from "./key-assumptions";

// The facts a report's cover states (issue #15): what it is about, when and by whom it was printed, the conventions
// its figures follow, and, for a report of a Monte Carlo run, the run's manifest hash (equal hashes, equal inputs:
// the run can be reproduced and checked against another copy).

export type CoverFact = { label: string; value: string };

export type ReportCover = {
  project: string;
  /** The scenario, for a report of one scenario. */
  scenario?: string;
  /** The signed-in user who opens (or prints) the report. */
  author: string;
  /** ISO timestamp of the report's data. */
  reportDate: string;
  conventions: CoverFact[];
  /** "Run of 12 Mar 2026" → its manifest hash; one per run the report shows. */
  manifestHashes: CoverFact[];
};

/** The conventions of a scenario's figures: currency, discounting, discount rate, real or nominal terms. */
export function scenarioConventions({ settings }: Pick<EffectiveScenario, "settings">): CoverFact[] {
  const facts: [string, string | null][] = [
    ["Currency", settings.currency],
    ["Discounting", discountingText(settings.discounting)],
    ["Discount rate", settings.discountRatePct === null ? null : `${String(settings.discountRatePct)} % a year`],
    ["Terms", settings.terms === null ? null : settings.terms === "real" ? "Real" : `Nominal, ${String(settings.inflationPct ?? 0)} % inflation a year`],
  ];
  return facts.flatMap(([label, value]) => (value === null ? [] : [{ label, value }]));
}
