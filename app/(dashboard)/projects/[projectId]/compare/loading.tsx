export default function CompareLoading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Computing the comparison…</span>
      <div className="skeleton" style={{ height: 32, width: 300, marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 18, width: 460, marginBottom: 28 }} />
      <div className="skeleton" style={{ height: 420 }} aria-hidden="true" />
    </div>
  );
}
