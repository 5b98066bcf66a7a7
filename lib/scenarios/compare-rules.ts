import { AppError } from "@/lib/errors";

// The rules that make scenarios comparable side by side. Pure; the first broken rule is reported with a stable
// code (422) and a message naming the rule and the scenarios.

export type CompareCandidate = {
  id: string;
  name: string;
  projectId: string;
  status: "draft" | "active" | "archived";
  currency: string | null;
  startYear: number | null;
  constructionPeriods: number | null;
  lifeYears: number | null;
  /** The primary resource (commodity); null = unset, takes the others'. */
  commodity: string | null;
};

function refuse(code: string, message: string): never {
  throw new AppError(code, message, { status: 422 });
}

const named = (candidates: readonly CompareCandidate[]) => candidates.map((c) => `"${c.name}"`).join(", ");

/** Every scenario belongs to the project being compared. */
export function checkSameProject(projectId: string, candidates: readonly CompareCandidate[]): void {
  const strangers = candidates.filter((c) => c.projectId !== projectId);
  if (strangers.length > 0) {
    refuse("SCENARIO_PROJECT_MISMATCH", `Only scenarios of the same project can be compared: ${named(strangers)} belong to another project`);
  }
}

/** Archived scenarios are out of the comparison. */
export function checkNotArchived(candidates: readonly CompareCandidate[]): void {
  const archived = candidates.filter((c) => c.status === "archived");
  if (archived.length > 0) {
    refuse("SCENARIO_STATUS_INVALID", `Archived scenarios cannot be compared: ${named(archived)}`);
  }
}

/** One currency for all. */
export function checkSameCurrency(candidates: readonly CompareCandidate[]): void {
  const currencies = new Set(candidates.map((c) => c.currency));
  if (currencies.size > 1) {
    const list = candidates.map((c) => `"${c.name}" (${c.currency ?? "no currency"})`).join(", ");
    refuse("SCENARIO_CURRENCY_MISMATCH", `Scenarios in different currencies cannot be compared: ${list}`);
  }
}

/** First and last calendar year: start year .. start year + construction + life − 1. */
export function timelineOf(c: CompareCandidate): { firstYear: number; lastYear: number } | undefined {
  if (c.startYear === null || c.constructionPeriods === null || c.lifeYears === null) return undefined;
  return { firstYear: c.startYear, lastYear: c.startYear + c.constructionPeriods + c.lifeYears - 1 };
}

/** Every pair of timelines overlaps or touches (one ends the year before the other starts). */
export function checkTimelinesOverlap(candidates: readonly CompareCandidate[]): void {
  for (const [i, a] of candidates.entries()) {
    for (const b of candidates.slice(i + 1)) {
      const ta = timelineOf(a);
      const tb = timelineOf(b);
      if (!ta || !tb) continue;
      if (ta.lastYear + 1 < tb.firstYear || tb.lastYear + 1 < ta.firstYear) {
        refuse(
          "SCENARIO_TIMELINE_DISJOINT",
          `Timelines must overlap or touch: "${a.name}" runs ${ta.firstYear}–${ta.lastYear}, "${b.name}" runs ${tb.firstYear}–${tb.lastYear}`,
        );
      }
    }
  }
}

/** One primary resource; a scenario without one takes the others'. Case-insensitive. */
export function checkSameResource(candidates: readonly CompareCandidate[]): void {
  const set = candidates.filter((c) => c.commodity !== null && c.commodity.trim() !== "");
  const resources = new Set(set.map((c) => c.commodity?.trim().toLowerCase()));
  if (resources.size > 1) {
    const list = set.map((c) => `"${c.name}" (${c.commodity})`).join(", ");
    refuse("SCENARIO_RESOURCE_MISMATCH", `Scenarios of different primary resources cannot be compared: ${list}`);
  }
}

/**
 * Every rule, in order: project, status, currency, timeline, resource.
 * @throws AppError (422) with the code of the first rule broken
 */
export function assertComparable(projectId: string, candidates: readonly CompareCandidate[]): void {
  checkSameProject(projectId, candidates);
  checkNotArchived(candidates);
  checkSameCurrency(candidates);
  checkTimelinesOverlap(candidates);
  checkSameResource(candidates);
}
