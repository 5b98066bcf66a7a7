import "server-only";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { browserEnvironment, env } from "@/lib/env.mjs";
import { AppError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/observability/log-error";
import { processSingleton } from "@/lib/process/singleton";
import { PDF_MARGINS, pageFurniture } from "./pdf-page-furniture";
import { RenderSlots } from "./render-slots";

// Report PDFs, printed by headless Chromium from the SAME page people see (its print styles apply). One browser
// is started on first use and reused (started again when it dies or fails to start); at most REPORT_PDF_CONCURRENCY
// pages render at once and REPORT_PDF_QUEUE wait their turn (render-slots.ts: the rest are 503 with Retry-After);
// each render is bounded by REPORT_PDF_TIMEOUT_MS. The caller's session cookies are forwarded, so the page shows
// exactly what the caller may see. Chromium gets no secret in its environment, and its sandbox where the platform
// allows one (not as root, nor where the kernel refuses it: then it runs without and says so once).

const CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const RENDERER_RETRY_AFTER_S = 30;

export type PaperSize = "A4" | "Letter";

type Pool = { browser?: Promise<Browser>; isSandboxRefused: boolean; slots: RenderSlots };
const pool = processSingleton<Pool>("reports.pdf-pool", () => ({
  isSandboxRefused: false,
  slots: new RenderSlots(() => ({ concurrency: env.REPORT_PDF_CONCURRENCY, maxWaiting: env.REPORT_PDF_QUEUE, maxWaitMs: env.REPORT_PDF_TIMEOUT_MS })),
}));

async function launch(): Promise<Browser> {
  const options = { executablePath: env.REPORT_CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, env: browserEnvironment() };
  const isRoot = process.getuid?.() === 0; // Chromium refuses its sandbox as root
  if (isRoot || pool.isSandboxRefused) return chromium.launch({ ...options, chromiumSandbox: false });
  try {
    return await chromium.launch({ ...options, chromiumSandbox: true });
  } catch (sandboxError) {
    // Only when Chromium starts without its sandbox was the sandbox the problem (else this throws, and so did that).
    const browser = await chromium.launch({ ...options, chromiumSandbox: false });
    pool.isSandboxRefused = true;
    logUnexpectedError("reports", "Chromium's sandbox is not available here; report PDFs render without it", sandboxError);
    return browser;
  }
}

function getBrowser(): Promise<Browser> {
  pool.browser ??= launch().then((browser) => {
    browser.on("disconnected", () => (pool.browser = undefined));
    return browser;
  });
  pool.browser.catch(() => (pool.browser = undefined));
  return pool.browser;
}

/** The shared browser, or 503 when it cannot be started (the next request tries again). */
async function browserOr503(): Promise<Browser> {
  try {
    return await getBrowser();
  } catch (error) {
    logUnexpectedError("reports", "the PDF renderer (Chromium) did not start", error);
    throw new AppError("REPORT_RENDERER_UNAVAILABLE", "The PDF renderer is not available right now. Try again shortly.", { status: 503, retryAfterSeconds: RENDERER_RETRY_AFTER_S });
  }
}

/**
 * Cookies of the incoming request, for the renderer's page on `origin`. Prefixed cookies (`__Host-`, `__Secure-`:
 * production's session cookie) must be Secure or Chromium drops them; the renderer reaches the app on localhost,
 * which Chromium treats as a secure origin, so they are still sent.
 */
export function cookiesOf(cookieHeader: string | null, origin: string) {
  const { hostname, protocol } = new URL(origin);
  return (cookieHeader ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.includes("="))
    .map((part) => {
      const index = part.indexOf("=");
      const name = part.slice(0, index);
      const isSecure = protocol === "https:" || name.startsWith("__Host-") || name.startsWith("__Secure-");
      return { name, value: part.slice(index + 1), domain: hostname, path: "/", secure: isSecure, httpOnly: true, sameSite: "Lax" as const };
    });
}

/** Renders `path` on `origin` (with the caller's cookies) as a PDF of the given paper size. */
export async function renderPdf(request: { origin: string; path: string; cookieHeader: string | null; paper: PaperSize }): Promise<Uint8Array> {
  return pool.slots.withSlot(async () => {
    const browser = await browserOr503();
    const context = await browser.newContext({ javaScriptEnabled: true, reducedMotion: "reduce" }).catch((error: unknown) => {
      // A browser that cannot open a context is broken: drop it, so the next request starts a fresh one.
      pool.browser = undefined;
      void browser.close().catch(() => undefined);
      logUnexpectedError("reports", "the PDF renderer could not open a page", error);
      throw new AppError("REPORT_RENDERER_UNAVAILABLE", "The PDF renderer is not available right now. Try again shortly.", { status: 503, retryAfterSeconds: RENDERER_RETRY_AFTER_S });
    });
    try {
      return await printPage(context, request);
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}

async function printPage(context: BrowserContext, { origin, path, cookieHeader, paper }: { origin: string; path: string; cookieHeader: string | null; paper: PaperSize }): Promise<Uint8Array> {
  const deadline = Date.now() + env.REPORT_PDF_TIMEOUT_MS;
  const left = () => Math.max(1000, deadline - Date.now());
  try {
    await context.addCookies(cookiesOf(cookieHeader, origin));
    const page = await context.newPage();
    const response = await page.goto(new URL(path, origin).toString(), { waitUntil: "networkidle", timeout: left() });
    if (!response || !response.ok()) throw new AppError("REPORT_UNAVAILABLE", `The report page answered ${response?.status() ?? "nothing"}`, { status: 502 });
    await page.waitForSelector("[data-report-ready]", { timeout: left() });
    await page.emulateMedia({ media: "print" });
    // Print styles resize the chart boxes; Chart.js redraws them on its next frames (ResizeObserver, then a
    // throttled rAF). Printing before that caught some charts mid-resize, their text squashed or stretched.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
    const title = (await page.locator("h1").first().textContent({ timeout: left() })) ?? "CalMiner report";
    const furniture = pageFurniture(title, new Date());
    const options = { format: paper, printBackground: true, preferCSSPageSize: false, margin: PDF_MARGINS, displayHeaderFooter: true, ...furniture, timeout: left() };
    return await page.pdf(options as Parameters<typeof page.pdf>[0]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Error && error.name === "TimeoutError") throw new AppError("REPORT_TIMEOUT", "The report took too long to render", { status: 504 });
    throw error;
  }
}
