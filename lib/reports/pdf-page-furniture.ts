// The running header and footer of every printed report page (issue #15: "page numbers and a running header"):
// the report's title on the left of the header and the print date on the right; "Page N of M" and the product in
// the footer. Chromium fills the spans of class pageNumber and totalPages itself. Its header and footer templates
// render with no page styles and a default font size near zero, so every style is inline and sizes are in px.

/** Page margins that leave room for the header and footer, as Chromium's page.pdf takes them. */
export const PDF_MARGINS = { top: "18mm", bottom: "16mm", left: "12mm", right: "12mm" } as const;

const TEXT_STYLE = "font-family: Helvetica, Arial, sans-serif; font-size: 8px; color: #555;";
const ROW_STYLE = `${TEXT_STYLE} width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 12px;`;

/** Text as HTML: the title comes from the report page, which shows user-entered project and scenario names. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The header and footer templates for a report whose first heading is `title`, printed on `printedOn`. */
export function pageFurniture(title: string, printedOn: Date): { headerTemplate: string; footerTemplate: string } {
  const shortTitle = title.trim().replace(/\s+/g, " ").slice(0, 140);
  const date = printedOn.toISOString().slice(0, 10);
  return {
    headerTemplate: `<div style="${ROW_STYLE}"><span>${escapeHtml(shortTitle)}</span><span>Printed ${date}</span></div>`,
    footerTemplate: `<div style="${ROW_STYLE}"><span>CalMiner</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
