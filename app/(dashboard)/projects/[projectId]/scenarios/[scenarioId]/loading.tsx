export default function ScenarioLoading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">Loading the scenario…</span>
      <div className="skeleton" style={{ height: 18, width: 320, marginBottom: 12 }} />
      <div className="skeleton" style={{ height: 32, width: 380, marginBottom: 20 }} />
      <div className="skeleton" style={{ height: 40, marginBottom: 16 }} />
      <div className="skeleton" style={{ height: 360 }} />
    </div>
  );
}
