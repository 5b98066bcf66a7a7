import type { ScenarioStatus } from "@/lib/domain/scenarios";

// The scenario tree of a project, built from the flat list (parentScenarioId links it). Pure, so the server
// builds it once and the client tree only renders it.

/** After-tax NPV (scenario currency, at its own rate) and IRR in % (null: none or not unique), as last cached. */
export type TreeMetrics = { npv: number; irrPct: number | null; currency: string };

/** A scenario as the tree shows it; dates travel as ISO strings. */
export type ScenarioNode = {
  id: string;
  parentScenarioId: string | null;
  name: string;
  description: string | null;
  status: ScenarioStatus;
  isBaseCase: boolean;
  version: number;
  updatedAt: string;
  /** Null when no cash flow of it is cached (not computed since its last change): the tree never computes one. */
  metrics: TreeMetrics | null;
  children: ScenarioNode[];
};

export type ScenarioListRow = Omit<ScenarioNode, "children" | "updatedAt" | "metrics"> & { updatedAt: Date | string };

/**
 * Roots first; siblings base case first, then by name. A scenario whose parent is not in the list (filtered out)
 * is shown as a root rather than lost. `metrics` holds the cached figures by scenario id (absent: none cached).
 */
export function buildScenarioTree(rows: readonly ScenarioListRow[], metrics: Readonly<Record<string, TreeMetrics>> = {}): ScenarioNode[] {
  const nodes = new Map<string, ScenarioNode>();
  for (const row of rows) {
    const { id, parentScenarioId, name, description, status, isBaseCase, version } = row;
    const updatedAt = typeof row.updatedAt === "string" ? row.updatedAt : row.updatedAt.toISOString();
    nodes.set(id, { id, parentScenarioId, name, description, status, isBaseCase, version, updatedAt, metrics: metrics[id] ?? null, children: [] });
  }
  const roots: ScenarioNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentScenarioId ? nodes.get(node.parentScenarioId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: ScenarioNode, b: ScenarioNode) => Number(b.isBaseCase) - Number(a.isBaseCase) || a.name.localeCompare(b.name);
  const sortDeep = (list: ScenarioNode[]) => {
    list.sort(order);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}

/** Number of scenarios below a node (children, grandchildren, …). */
export function countDescendants(node: ScenarioNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

/** Every node, depth first, in display order. */
export function flattenTree(roots: readonly ScenarioNode[]): ScenarioNode[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}
