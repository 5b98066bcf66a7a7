import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlausibilityNotice } from "./plausibility-notice";

// Issue #15: values a reviewer would question are listed in a named warning section, and nothing shows without them.

const warning = { code: "head_grade_unusual", field: "production.headGrade", rowRef: "period 3", message: "Head grade 12 % in period 3 is far above copper's usual 0.1–5 %" } as const;

describe("the plausibility notice", () => {
  it("renders nothing when there are no warnings", () => {
    expect(renderToStaticMarkup(<PlausibilityNotice warnings={[]} />)).toBe("");
  });

  it("is a section named by its heading, listing each warning", () => {
    const html = renderToStaticMarkup(<PlausibilityNotice warnings={[warning, { ...warning, rowRef: "period 4", message: "Recovery 40 % in period 4 is far below the usual 50–98 %" }]} headingId="review-heading" />);
    expect(html).toMatch(/<section aria-labelledby="review-heading"[^>]*>/);
    expect(html).toContain('<h2 id="review-heading">Values a reviewer would question</h2>');
    expect(html).toContain("<li>Head grade 12 % in period 3 is far above copper&#x27;s usual 0.1–5 %</li>");
    expect(html.match(/<li>/g)).toHaveLength(2);
  });
});
