import { describe, expect, it } from "vitest";
import { assertComparable, timelineOf, type CompareCandidate } from "./compare-rules";

const base: CompareCandidate = {
  id: "a",
  name: "Base",
  projectId: "p",
  status: "active",
  currency: "USD",
  startYear: 2027,
  constructionPeriods: 2,
  lifeYears: 10,
  commodity: "copper",
};
const other = (changes: Partial<CompareCandidate>): CompareCandidate => ({ ...base, id: "b", name: "Other", ...changes });

function refusal(candidates: CompareCandidate[]) {
  try {
    assertComparable("p", candidates);
    return undefined;
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
}

describe("comparison rules", () => {
  it("accepts scenarios of one project, currency, resource and overlapping timelines", () => {
    expect(refusal([base, other({ status: "draft", startYear: 2030 })])).toBeUndefined();
  });

  it("SCENARIO_PROJECT_MISMATCH names the scenarios of another project", () => {
    const error = refusal([base, other({ projectId: "q" })]);
    expect(error).toMatchObject({ code: "SCENARIO_PROJECT_MISMATCH", status: 422 });
    expect(error?.message).toContain('"Other"');
  });

  it("SCENARIO_STATUS_INVALID for an archived scenario", () => {
    expect(refusal([base, other({ status: "archived" })])).toMatchObject({ code: "SCENARIO_STATUS_INVALID", message: expect.stringContaining('"Other"') });
  });

  it("SCENARIO_CURRENCY_MISMATCH names each scenario's currency", () => {
    const error = refusal([base, other({ currency: "CLP" })]);
    expect(error).toMatchObject({ code: "SCENARIO_CURRENCY_MISMATCH" });
    expect(error?.message).toContain('"Base" (USD), "Other" (CLP)');
  });

  it("SCENARIO_TIMELINE_DISJOINT when timelines neither overlap nor touch; touching is fine", () => {
    expect(timelineOf(base)).toEqual({ firstYear: 2027, lastYear: 2038 });
    expect(refusal([base, other({ startYear: 2039 })])).toBeUndefined();
    expect(refusal([base, other({ startYear: 2015, constructionPeriods: 1, lifeYears: 11 })])).toBeUndefined();
    const error = refusal([base, other({ startYear: 2040 })]);
    expect(error).toMatchObject({ code: "SCENARIO_TIMELINE_DISJOINT" });
    expect(error?.message).toContain('"Base" runs 2027–2038, "Other" runs 2040–2051');
  });

  it("SCENARIO_RESOURCE_MISMATCH for different commodities; an unset one takes the other's", () => {
    expect(refusal([base, other({ commodity: "Gold" })])).toMatchObject({ code: "SCENARIO_RESOURCE_MISMATCH" });
    expect(refusal([base, other({ commodity: null })])).toBeUndefined();
    expect(refusal([base, other({ commodity: "COPPER" })])).toBeUndefined();
  });

  it("reports the first rule broken, in the documented order", () => {
    expect(refusal([base, other({ status: "archived", currency: "EUR", commodity: "gold" })])?.code).toBe("SCENARIO_STATUS_INVALID");
  });
});
