"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation (a form that saves and then `router.push`es, a link), the element that had focus
 * is usually gone and the browser drops focus to <body>: a keyboard or screen-reader user must start again from
 * the top of the page. When that happened, this moves focus to the new page's heading (or the main landmark), so
 * the next Tab continues in the content and a screen reader announces where the user landed. Focus the user put
 * somewhere on purpose is left alone.
 */
export function FocusAfterNavigation({ mainId }: { mainId: string }) {
  const pathname = usePathname();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = document.getElementById(mainId);
    if (!main) return;
    return keepFocusInNewPage(main);
  }, [pathname, mainId]);

  return null;
}

/** How long after a navigation a streamed page may still take to replace its loading skeleton, in ms. */
const HEADING_WAIT_MS = 10_000;

/**
 * Moves focus to the page's <h1> if focus was lost. A page behind a loading skeleton has no heading yet: focus
 * goes to the main landmark first, then to the heading when it arrives, unless the user has moved on meanwhile.
 * Returns the clean-up for the effect.
 */
function keepFocusInNewPage(main: HTMLElement): () => void {
  const focusHeading = (): boolean => {
    if (!isFocusLost(main)) return true;
    const heading = main.querySelector<HTMLElement>("h1");
    if (!heading) {
      main.focus({ preventScroll: true });
      return false;
    }
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (focusHeading()) stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  const frame = requestAnimationFrame(() => {
    if (!focusHeading()) observer.observe(main, { childList: true, subtree: true });
    else stop();
  });
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}

/** Focus is lost when it sits on the body, on an element that left the page, or on main itself (put there by us). */
function isFocusLost(main: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || active === main;
}
