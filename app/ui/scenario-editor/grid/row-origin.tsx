import type { GridRowOrigin } from "./types";

/** A text badge for where a row's values come from (never colour alone). */
export function OriginBadge({ origin, sourceName, isUnsaved }: { origin: GridRowOrigin; sourceName?: string; isUnsaved?: boolean }) {
  if (origin === "inherited") return <span className="origin-badge origin-inherited">inherited from {sourceName ?? "the parent"}</span>;
  if (origin === "overridden") return <span className="origin-badge origin-overridden">{isUnsaved ? "overridden (unsaved)" : "overridden"}</span>;
  if (origin === "new") return <span className="origin-badge origin-new">new</span>;
  return null;
}
