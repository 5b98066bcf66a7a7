// Colours of every chart, in step with the stylesheet's tokens (copper accent, slate brand).
export const CHART_COLORS = {
  positive: "#1f6f8b",
  negative: "#b42318",
  line: "#9c4a1a",
  grid: "#e5e7eb",
  text: "#1c2430",
} as const;

/** Categorical palette: distinguishable, and dark enough for white borders between slices. */
export const CATEGORY_PALETTE = ["#9c4a1a", "#1f6f8b", "#4d7c0f", "#7c3aed", "#b45309", "#475569", "#be185d", "#0f766e"] as const;

export function paletteColor(index: number): string {
  return CATEGORY_PALETTE[index % CATEGORY_PALETTE.length] ?? CHART_COLORS.line;
}

export const CHART_FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size: 12 } as const;
