import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FamilyFit } from "@/lib/scenarios/fits";
import { FitResultsTable } from "./fit-results-table";

// The ranked table as a screen reader meets it: a caption, a labelled radio per usable fit, the reason for the rest.

const fits: FamilyFit[] = [
  { family: "gamma", ok: true, rank: 1, parameters: { shape: 4, scale: 2.5 }, spec: { type: "gamma", shape: 4, scale: 2.5 }, ksStatistic: 0.08123, ksPValue: 0.91, ppPoints: [] },
  { family: "lognormal", ok: false, reason: "needs values above 0" },
];

describe("FitResultsTable", () => {
  it("ranks, labels the choice and says why a family was not fitted", () => {
    const html = renderToStaticMarkup(<FitResultsTable fits={fits} unit="h" chosen="gamma" onChoose={() => undefined} />);
    expect(html).toContain("<caption>Fits ranked by the Kolmogorov–Smirnov statistic (smaller is closer); parameters in h</caption>");
    expect(html).toContain('<input type="radio" aria-label="Choose the Gamma fit" name="chosen-fit" checked="" value="gamma"/>');
    expect(html).toContain("shape 4, scale 2.5");
    expect(html).toContain("0.0812");
    expect(html).toContain("Not fitted: needs values above 0");
    expect(html.match(/type="radio"/g)).toHaveLength(1);
  });
});
