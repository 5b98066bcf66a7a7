import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";

// Layout checks of a printed report (issue #15), on the page in print emulation and on its real PDF.

export type Paper = "a4" | "letter";

/** The paper's width in CSS px at 96 dpi: the print-emulated page is laid out as wide as the sheet. */
export const PAPER_WIDTH_PX: Record<Paper, number> = { a4: Math.round((210 / 25.4) * 96), letter: Math.round(8.5 * 96) };

export type LayoutFindings = { overlaps: string[]; brokenHeaderWords: string[]; headerWords: string[]; underfilledCharts: string[] };

/**
 * In the page (print media emulated): pairs of report blocks (figures, tables, canvases, [data-report-block]) whose
 * boxes overlap, neither inside the other; and words of a visible table header that span two lines (a word whose
 * Range has client rects on more than one line, or a header whose text overflows its cell); a hyphenated compound
 * may wrap after its hyphen; and charts whose canvas fills less than 85 % of the height of a box between it and its
 * figure (a card with a third of it empty on paper).
 */
export async function findLayoutProblems(page: Page): Promise<LayoutFindings> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 1 && rect.height > 1 && getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}「${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}」`;
    const blocks = [...document.querySelectorAll("article figure, article table, article canvas, article [data-report-block]")].filter(visible);
    const overlaps: string[] = [];
    blocks.forEach((a, i) => {
      for (const b of blocks.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const width = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const height = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        if (width > 1 && height > 1) overlaps.push(`${name(a)} × ${name(b)}`);
      }
    });
    const brokenHeaderWords: string[] = [];
    const headerWords: string[] = [];
    for (const th of [...document.querySelectorAll("article th")].filter(visible)) {
      if (th.scrollWidth > th.clientWidth + 1) brokenHeaderWords.push(`${name(th)} overflows its cell`);
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // A compound may wrap after its hyphen or dash ("by-|product"), as print does; a word itself may not.
        for (const match of text.matchAll(/[^\s\-–—]+[-–—]?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) brokenHeaderWords.push(`"${match[0]}" in ${name(th)}`);
          if (lines.size > 0) headerWords.push(match[0]);
        }
      }
    }
    const underfilledCharts: string[] = [];
    for (const canvas of [...document.querySelectorAll("article figure canvas")].filter(visible)) {
      const height = canvas.getBoundingClientRect().height;
      for (let box = canvas.parentElement; box && box.tagName !== "FIGURE"; box = box.parentElement) {
        const boxHeight = box.getBoundingClientRect().height;
        if (height < 0.85 * boxHeight) {
          underfilledCharts.push(`${name(canvas.closest("figure") ?? canvas)}: canvas ${Math.round(height)} px in a ${Math.round(boxHeight)} px box`);
          break;
        }
      }
    }
    return { overlaps, brokenHeaderWords, headerWords: [...new Set(headerWords)], underfilledCharts };
  });
}

/** The PDF's text laid out as on the page (poppler's pdftotext -layout). */
export function pdfText(path: string): string {
  return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
}

/** Renders every page of the PDF as `${prefix}-N.png` at 50 dpi (for a person to look at), returns the page count. */
export function renderPages(path: string, prefix: string): number {
  execFileSync("pdftoppm", ["-png", "-r", "50", path, prefix]);
  const text = pdfText(path);
  return Number(/Page 1 of (\d+)/.exec(text)?.[1] ?? 0);
}
