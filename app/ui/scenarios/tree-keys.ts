import type { KeyboardEvent } from "react";

// Arrow keys between the scenario links of a nested list, the way a file tree works: Up/Down to the previous or
// next scenario, Left to the parent, Right to the first child, Home/End to the first or last. Tab still reaches
// every control in order; the arrows are a shortcut, not the only way.

function links(root: HTMLElement): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>("a[data-tree-link]"));
}

function levelOf(link: HTMLElement): number {
  return Number(link.dataset.level ?? "0");
}

function target(all: HTMLAnchorElement[], index: number, key: string): HTMLAnchorElement | undefined {
  const current = all[index];
  if (!current) return undefined;
  switch (key) {
    case "ArrowDown":
      return all[index + 1];
    case "ArrowUp":
      return all[index - 1];
    case "Home":
      return all[0];
    case "End":
      return all[all.length - 1];
    case "ArrowRight": {
      const next = all[index + 1];
      return next && levelOf(next) > levelOf(current) ? next : undefined;
    }
    case "ArrowLeft":
      return all.slice(0, index).reverse().find((link) => levelOf(link) < levelOf(current));
    default:
      return undefined;
  }
}

/** onKeyDown for the tree's root element. */
export function handleTreeKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const active = event.target;
  if (!(active instanceof HTMLAnchorElement) || !("treeLink" in active.dataset)) return;
  const all = links(event.currentTarget);
  const next = target(all, all.indexOf(active), event.key);
  if (!next) return;
  event.preventDefault();
  next.focus();
}
