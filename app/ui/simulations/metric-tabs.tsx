"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import tabStyles from "@/app/ui/common/tabs.module.css";

export type TabItem = { id: string; label: string; render: () => ReactNode };

/** ARIA tabs with automatic activation: arrows, Home and End move between tabs; only the open panel renders. */
export function Tabs({ label, tabs }: { label: string; tabs: readonly TabItem[] }) {
  const [activeId, setActiveId] = useState(tabs[0]?.id ?? "");
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId().replaceAll(":", "");
  const active = tabs.find((tab) => tab.id === activeId) ?? tabs[0];
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    setActiveId(tab.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus();
  };
  if (!active) return null;
  return (
    <div>
      <div role="tablist" aria-label={label} className={tabStyles.tabList} ref={listRef}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={tab.id === active.id}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={tab.id === active.id ? 0 : -1}
            className={tabStyles.tab}
            onClick={() => setActiveId(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel-${active.id}`} aria-labelledby={`${baseId}-tab-${active.id}`} tabIndex={0} className={tabStyles.panel}>
        {active.render()}
      </div>
    </div>
  );
}
