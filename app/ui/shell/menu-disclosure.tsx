"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A details/summary disclosure (works without JavaScript) that, with JavaScript, also closes on Escape, on a
 * click outside and after navigating, like a menu is expected to.
 */
/**
 * summaryLabel is read before the visible summary (a visually hidden prefix, not an aria-label): the accessible name
 * must contain the words a speech-input user sees and says (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
export function MenuDisclosure({ className, summary, summaryLabel, children }: { className?: string; summary: ReactNode; summaryLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    function close(event: Event) {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
        return;
      }
      if (event.target instanceof Node && !details.contains(event.target)) details.open = false;
    }
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);

  return (
    <details ref={ref} className={className}>
      <summary>
        <span className="visually-hidden">{summaryLabel} </span>
        {summary}
      </summary>
      {children}
    </details>
  );
}
