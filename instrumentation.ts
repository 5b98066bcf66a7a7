// Runs once when a server instance starts (before it serves): migrate and seed the embedded database so the
// first request finds it ready (a real PostgreSQL is migrated separately: npm run db:migrate), and start the
// stale-run sweeper, so runs orphaned by a crash are failed with a reason soon after the restart.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/db");
  await getDb();
  const { ensureSweeper } = await import("@/lib/simulations/dispatch");
  ensureSweeper();
}
