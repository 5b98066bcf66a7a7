"use client";

import Link from "next/link";
import { formatDate, formatMoneyMillions, formatPercent } from "@/app/ui/format";
import { BaseCaseBadge, StatusBadge } from "./scenario-badges";
import type { ScenarioNode } from "./tree";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./scenarios.module.css";

export type TreeItemHandlers = {
  onEdit: (node: ScenarioNode) => void;
  onBranch: (node: ScenarioNode) => void;
  onSetBaseCase: (node: ScenarioNode) => void;
  onSetStatus: (node: ScenarioNode, status: "archived" | "draft") => void;
  onDelete: (node: ScenarioNode) => void;
  onToggleSelected: (node: ScenarioNode) => void;
};

type ItemProps = {
  node: ScenarioNode;
  projectId: string;
  level: number;
  canManage: boolean;
  isBusy: boolean;
  selectedIds: ReadonlySet<string>;
  handlers: TreeItemHandlers;
};

/** A button whose accessible name includes the scenario, e.g. "Branch Base case". */
function RowButton({ label, name, onClick, disabled, tone }: { label: string; name: string; onClick: () => void; disabled: boolean; tone?: "danger" }) {
  return (
    <button type="button" className={`${buttons.button} ${buttons.small} ${tone === "danger" ? buttons.ghostDanger : buttons.secondary}`} onClick={onClick} disabled={disabled}>
      {label}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

/**
 * The scenario's after-tax NPV and IRR when a cash flow of it is cached; otherwise dashes, with the reason for
 * screen readers and on hover (the tree does not compute a cash flow for every scenario it lists).
 */
export function TreeFigures({ node }: { node: Pick<ScenarioNode, "metrics" | "name"> }) {
  if (!node.metrics) {
    const hint = "Not computed since its last change: open its Profitability tab to compute them";
    return (
      <span className={styles.meta} title={hint} data-testid="tree-figures">
        <span aria-hidden="true">NPV — · IRR —</span>
        <span className="visually-hidden">NPV and IRR of {node.name}: {hint.toLowerCase()}</span>
      </span>
    );
  }
  const { npv, irrPct, currency } = node.metrics;
  return (
    <span className={styles.meta} data-testid="tree-figures">
      NPV {formatMoneyMillions(npv, currency)} · IRR {irrPct === null ? "none" : formatPercent(irrPct)}
    </span>
  );
}

/** One scenario of the tree with its children nested below it (a <ul> inside the <li>). */
export function ScenarioTreeItem({ node, projectId, level, canManage, isBusy, selectedIds, handlers }: ItemProps) {
  const isArchived = node.status === "archived";
  const checkboxId = `compare-${node.id}`;
  const childCount = node.children.length;
  return (
    <li className={styles.item} data-level={level}>
      <div className={styles.row}>
        <input
          id={checkboxId}
          type="checkbox"
          className={styles.check}
          checked={selectedIds.has(node.id)}
          disabled={isArchived}
          onChange={() => handlers.onToggleSelected(node)}
          aria-label={isArchived ? `${node.name} (archived scenarios cannot be compared)` : `Compare ${node.name}`}
        />
        <div className={styles.main}>
          <Link href={`/projects/${projectId}/scenarios/${node.id}`} className={styles.link} data-tree-link="" data-level={level}>
            {node.name}
          </Link>
          <span className={styles.badges}>
            <StatusBadge status={node.status} />
            {node.isBaseCase ? <BaseCaseBadge /> : null}
          </span>
          <span className={styles.meta}>
            Updated {formatDate(node.updatedAt)}
            {childCount > 0 ? ` · ${childCount} child scenario${childCount === 1 ? "" : "s"}` : ""}
          </span>
          <TreeFigures node={node} />
        </div>
        {canManage ? (
          <div className={styles.actions} role="group" aria-label={`Actions for ${node.name}`}>
            <RowButton label="Edit" name={node.name} onClick={() => handlers.onEdit(node)} disabled={isBusy} />
            <RowButton label="Branch" name={node.name} onClick={() => handlers.onBranch(node)} disabled={isBusy} />
            {!node.isBaseCase && !isArchived ? (
              <RowButton label="Set as base case" name={node.name} onClick={() => handlers.onSetBaseCase(node)} disabled={isBusy} />
            ) : null}
            {isArchived ? (
              <RowButton label="Restore" name={node.name} onClick={() => handlers.onSetStatus(node, "draft")} disabled={isBusy} />
            ) : (
              <RowButton label="Archive" name={node.name} onClick={() => handlers.onSetStatus(node, "archived")} disabled={isBusy} />
            )}
            <RowButton label="Delete" name={node.name} onClick={() => handlers.onDelete(node)} disabled={isBusy} tone="danger" />
          </div>
        ) : null}
      </div>
      {childCount > 0 ? (
        <ul className={styles.children} aria-label={`Branches of ${node.name}`}>
          {node.children.map((child) => (
            <ScenarioTreeItem key={child.id} node={child} projectId={projectId} level={level + 1} canManage={canManage} isBusy={isBusy} selectedIds={selectedIds} handlers={handlers} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
