import Link from "next/link";

export default function DashboardNotFound() {
  return (
    <section className="status-page" aria-labelledby="not-found-title">
      <p className="status-code">404</p>
      <h1 id="not-found-title">Not found</h1>
      <p>This page or record does not exist, or your organisation has no access to it.</p>
      <Link href="/dashboard" className="button button-secondary">
        Back to the dashboard
      </Link>
    </section>
  );
}
