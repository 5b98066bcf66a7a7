export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: 32, width: 260, marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 18, width: 420, marginBottom: 28 }} />
      <div className="card-grid" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="skeleton" style={{ height: 150 }} />
        ))}
      </div>
    </div>
  );
}
