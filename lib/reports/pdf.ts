import "server-only";
import { chromium, type Browser } from "playwright-core";
import { env } from "@/lib/env.mjs";
import { AppError } from "@/lib/errors";
import { processSingleton } from "@/lib/process/singleton";

// Report PDFs, printed by headless Chromium from the SAME page people see (its print styles apply). One browser
// is started on first use and reused; at most REPORT_PDF_CONCURRENCY pages render at once, the rest wait their
// turn; each render is bounded by REPORT_PDF_TIMEOUT_MS. The caller's session cookies are forwarded, so the page
// shows exactly what the caller may see.

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export type PaperSize = "A4" | "Letter";

type Pool = { browser?: Promise<Browser>; active: number; waiting: (() => void)[] };
const pool = processSingleton<Pool>("reports.pdf-pool", () => ({ active: 0, waiting: [] }));

function getBrowser(): Promise<Browser> {
  pool.browser ??= chromium.launch({ executablePath: env.REPORT_CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }).then((browser) => {
    browser.on("disconnected", () => (pool.browser = undefined));
    return browser;
  });
  pool.browser.catch(() => (pool.browser = undefined));
  return pool.browser;
}

async function acquire(): Promise<void> {
  if (pool.active < env.REPORT_PDF_CONCURRENCY) {
    pool.active += 1;
    return;
  }
  await new Promise<void>((resolve) => pool.waiting.push(resolve));
}

function release(): void {
  const next = pool.waiting.shift();
  if (next) next();
  else pool.active -= 1;
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
export async function renderPdf({ origin, path, cookieHeader, paper }: { origin: string; path: string; cookieHeader: string | null; paper: PaperSize }): Promise<Uint8Array> {
  await acquire();
  const browser = await getBrowser();
  const context = await browser.newContext({ javaScriptEnabled: true, reducedMotion: "reduce" });
  const deadline = Date.now() + env.REPORT_PDF_TIMEOUT_MS;
  const left = () => Math.max(1000, deadline - Date.now());
  try {
    await context.addCookies(cookiesOf(cookieHeader, origin));
    const page = await context.newPage();
    const response = await page.goto(new URL(path, origin).toString(), { waitUntil: "networkidle", timeout: left() });
    if (!response || !response.ok()) throw new AppError("REPORT_UNAVAILABLE", `The report page answered ${response?.status() ?? "nothing"}`, { status: 502 });
    await page.waitForSelector("[data-report-ready]", { timeout: left() });
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false, margin: { top: "14mm", bottom: "14mm", left: "12mm", right: "12mm" }, timeout: left() } as Parameters<typeof page.pdf>[0]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Error && error.name === "TimeoutError") throw new AppError("REPORT_TIMEOUT", "The report took too long to render", { status: 504 });
    throw error;
  } finally {
    await context.close().catch(() => undefined);
    release();
  }
}
