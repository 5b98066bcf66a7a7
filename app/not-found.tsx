import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main className="standalone-status">
      <section className="status-page" aria-labelledby="not-found-title">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          CalMiner
        </span>
        <p className="status-code">404</p>
        <h1 id="not-found-title">Page not found</h1>
        <p>The address may be mistyped, or the page has moved.</p>
        <Link href="/dashboard" className="button button-primary">
          Go to the dashboard
        </Link>
      </section>
    </main>
  );
}
