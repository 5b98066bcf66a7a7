"use client";

import { Chart } from "chart.js";
import { useEffect } from "react";

// Printing (and the PDF renderer, which opens the page with ?print=1 and reduced motion) needs charts drawn at
// once, not mid-animation. Rendered LAST in a report, so its effect runs after the charts' own effects; it then
// marks the document ready for the renderer.
if (typeof window !== "undefined") {
  const isPrint = new URLSearchParams(window.location.search).get("print") === "1";
  if (isPrint || window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) Chart.defaults.animation = false;
}

export function ReportReady() {
  useEffect(() => {
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => document.body.setAttribute("data-report-ready", "true")));
    return () => cancelAnimationFrame(frame);
  }, []);
  return null;
}
