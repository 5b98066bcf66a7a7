import { describe, expect, it } from "vitest";
import { pageFurniture } from "./pdf-page-furniture";

describe("pageFurniture", () => {
  it("puts the report's title and print date in the header and Chromium's page counters in the footer", () => {
    const { headerTemplate, footerTemplate } = pageFurniture("Demo mine:  project summary", new Date("2026-12-04T10:00:00Z"));
    expect(headerTemplate).toContain(">Demo mine: project summary<");
    expect(headerTemplate).toContain("Printed 2026-12-04");
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it("escapes a name that holds markup, so a project name cannot inject HTML into the printed page", () => {
    const { headerTemplate } = pageFurniture(`<img src=x onerror="alert(1)"> & "Co"`, new Date(0));
    expect(headerTemplate).not.toContain("<img");
    expect(headerTemplate).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#34;Co&#34;");
  });
});
