import type { KeyboardEvent } from "react";

// Spreadsheet-like movement between the grid's cells. Every editable cell carries data-row / data-col; the grid
// finds the target by those, so rows can be added or removed without any bookkeeping.

export function cellSelector(gridId: string, row: number, col: number): string {
  return `#${CSS.escape(gridId)} [data-row="${row}"][data-col="${col}"]`;
}

export function focusCell(gridId: string, row: number, col: number): boolean {
  const target = document.querySelector<HTMLElement>(cellSelector(gridId, row, col));
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}

function caretAt(element: EventTarget, edge: "start" | "end"): boolean {
  if (!(element instanceof HTMLInputElement)) return true;
  const { selectionStart, selectionEnd, value } = element;
  if (selectionStart === null || selectionEnd === null) return true;
  if (selectionStart !== selectionEnd) return selectionStart === 0 && selectionEnd === value.length;
  return edge === "start" ? selectionStart === 0 : selectionEnd === value.length;
}

const CELLS = "[data-row][data-col]";

/**
 * The grid is ONE Tab stop (a roving tabindex): the cell focused last keeps tabIndex 0, every other cell -1, so Tab
 * leaves the grid at once instead of visiting each of its hundreds of cells; arrow keys move inside it. Called when a
 * cell takes focus, and after each render (rows come and go) with no cell so that exactly one stop remains.
 */
export function keepOneTabStop(gridId: string, focused?: HTMLElement): void {
  const grid = document.getElementById(gridId);
  if (!grid) return;
  const stops = Array.from(grid.querySelectorAll<HTMLElement>(`${CELLS}[tabindex="0"]`));
  const keep = focused ?? stops[0] ?? grid.querySelector<HTMLElement>(CELLS);
  for (const stop of stops) if (stop !== keep) stop.tabIndex = -1;
  if (keep) keep.tabIndex = 0;
}

/**
 * Arrow keys move between cells (left/right only when the caret is at the edge of the text, so editing inside a
 * value still works); Enter moves down and Shift+Enter up, like a spreadsheet. Tab leaves the grid (see keepOneTabStop).
 * On a button (a row's Delete or Revert) Enter keeps its meaning.
 * @returns true when the key was handled
 */
export function handleGridKey(event: KeyboardEvent<HTMLElement>, gridId: string, row: number, col: number): boolean {
  const isSelect = event.currentTarget instanceof HTMLSelectElement;
  const isButton = event.currentTarget instanceof HTMLButtonElement;
  let target: [number, number] | undefined;
  if (event.key === "ArrowDown" && !isSelect) target = [row + 1, col];
  else if (event.key === "ArrowUp" && !isSelect) target = [row - 1, col];
  else if (event.key === "Enter" && !isButton && !event.altKey && !event.ctrlKey && !event.metaKey) target = [event.shiftKey ? row - 1 : row + 1, col];
  else if (event.key === "ArrowLeft" && (isSelect || caretAt(event.currentTarget, "start"))) target = [row, col - 1];
  else if (event.key === "ArrowRight" && (isSelect || caretAt(event.currentTarget, "end"))) target = [row, col + 1];
  if (!target) return false;
  const [targetRow, targetCol] = target;
  if (targetRow < 0 || targetCol < 0) return false;
  const moved = focusCell(gridId, targetRow, targetCol);
  if (moved) event.preventDefault();
  return moved;
}
