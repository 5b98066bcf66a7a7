export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading the operations dashboard…</span>
      <div className="skeleton" style={{ height: 32, width: 220, marginBottom: 24 }} />
      <div className="skeleton" style={{ height: 56, marginBottom: 24 }} aria-hidden="true" />
      {[0, 1].map((i) => (
        <div key={i} className="skeleton" style={{ height: 360, marginBottom: 16 }} aria-hidden="true" />
      ))}
    </div>
  );
}
