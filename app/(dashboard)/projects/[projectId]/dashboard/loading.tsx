export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading the project dashboard…</span>
      <div className="skeleton" style={{ height: 32, width: 320, marginBottom: 24 }} />
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton" style={{ height: 360, marginBottom: 16 }} aria-hidden="true" />
      ))}
    </div>
  );
}
