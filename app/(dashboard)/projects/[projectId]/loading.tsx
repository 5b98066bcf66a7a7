export default function ProjectLoading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading the project…</span>
      <div className="skeleton" style={{ height: 32, width: 320, marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 18, width: 220, marginBottom: 28 }} />
      <div className="skeleton" style={{ height: 140, marginBottom: 16 }} aria-hidden="true" />
      <div className="skeleton" style={{ height: 220 }} aria-hidden="true" />
    </div>
  );
}
