// Runs once when a server instance starts (before it serves): migrate and seed the embedded database so the
// first request finds it ready. A real PostgreSQL is migrated separately (npm run db:migrate).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/db");
  await getDb();
}
