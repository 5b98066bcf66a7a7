"use client";

import { usePathname, useRouter } from "next/navigation";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useUnsavedChanges } from "./unsaved-changes";
import tabStyles from "@/app/ui/common/tabs.module.css";

export type ScenarioTab = { id: string; label: string };

/**
 * The input groups as ARIA tabs (manual activation): Left/Right/Home/End move focus between tabs, Enter or Space
 * opens one. The active tab lives in the URL (?tab=), so it survives a reload and can be linked to; the panel's
 * content is rendered on the server for that tab. Leaving a tab with unsaved changes asks first.
 */
export function ScenarioTabs({ tabs, activeTab, children }: { tabs: readonly ScenarioTab[]; activeTab: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const { confirmLeave } = useUnsavedChanges();
  const listRef = useRef<HTMLDivElement>(null);

  const activate = (id: string) => {
    if (id === activeTab || !confirmLeave()) return;
    router.push(`${pathname}?tab=${id}`, { scroll: false });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="Scenario inputs" className={tabStyles.tabList} ref={listRef}>
        {tabs.map((tab, index) => {
          const isActive = tab.id === activeTab;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={isActive}
              aria-controls={isActive ? `panel-${tab.id}` : undefined}
              tabIndex={isActive ? 0 : -1}
              className={tabStyles.tab}
              onClick={() => activate(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`panel-${activeTab}`} aria-labelledby={`tab-${activeTab}`} tabIndex={0} className={tabStyles.panel}>
        {children}
      </div>
    </div>
  );
}
