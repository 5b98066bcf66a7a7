import Link from "next/link";

export default function ProjectNotFound() {
  return (
    <section className="status-page" aria-labelledby="not-found-title">
      <p className="status-code">404</p>
      <h1 id="not-found-title">Project not found</h1>
      <p>This project does not exist in your organisation, or it has been deleted.</p>
      <Link href="/projects" className="button button-primary">
        Back to projects
      </Link>
    </section>
  );
}
