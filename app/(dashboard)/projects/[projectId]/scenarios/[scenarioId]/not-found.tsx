import Link from "next/link";

export default function ScenarioNotFound() {
  return (
    <section className="status-page" aria-labelledby="scenario-missing-title">
      <p className="status-code">404</p>
      <h1 id="scenario-missing-title">Scenario not found</h1>
      <p>It may have been deleted, or it belongs to another project or organisation.</p>
      <Link href="/projects" className="button button-secondary">
        Back to the projects
      </Link>
    </section>
  );
}
