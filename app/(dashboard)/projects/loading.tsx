export default function ProjectsLoading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading projects…</span>
      <div className="skeleton" style={{ height: 32, width: 200, marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 18, width: 420, marginBottom: 28 }} />
      <div className="skeleton" style={{ height: 64, marginBottom: 16 }} aria-hidden="true" />
      <div className="skeleton" style={{ height: 260 }} aria-hidden="true" />
    </div>
  );
}
