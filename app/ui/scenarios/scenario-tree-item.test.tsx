import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TreeFigures } from "./scenario-tree-item";

// The tree's NPV and IRR: the cached figures when there are some, else dashes with the reason for screen readers.

describe("TreeFigures", () => {
  it("shows the cached after-tax NPV in millions and the IRR", () => {
    const html = renderToStaticMarkup(<TreeFigures node={{ name: "Base case", metrics: { npv: 275_040_000, irrPct: 11.62, currency: "USD" } }} />);
    expect(html).toContain("NPV USD 275.0 M · IRR 11.6 %");
  });

  it("says when there is no IRR", () => {
    const html = renderToStaticMarkup(<TreeFigures node={{ name: "Base case", metrics: { npv: -5_000_000, irrPct: null, currency: "USD" } }} />);
    expect(html).toContain("NPV -USD 5.0 M · IRR none");
  });

  it("shows dashes, hidden from screen readers, and tells them why there are no figures", () => {
    const html = renderToStaticMarkup(<TreeFigures node={{ name: "Lower grade", metrics: null }} />);
    expect(html).toContain('<span aria-hidden="true">NPV — · IRR —</span>');
    expect(html).toContain("NPV and IRR of Lower grade: not computed since its last change: open its profitability tab to compute them");
  });
});
