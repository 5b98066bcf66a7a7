// `npm run worker`: one simulation worker process on DATABASE_URL's PostgreSQL. Run any number, on any machine.
// Stops gracefully on SIGINT/SIGTERM (the job in hand finishes; a killed worker's job is retried elsewhere).
import { closeDb } from "@/db";
import { env } from "@/lib/env.mjs";
import { startMetricsServer } from "@/lib/observability/metrics-server";
import { startSimulationWorker } from "./worker";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("The simulation worker needs DATABASE_URL (a real PostgreSQL shared with the app)");
  const worker = await startSimulationWorker({
    connectionString: env.DATABASE_URL,
    concurrency: env.SIMULATION_WORKER_CONCURRENCY,
    staleMinutes: env.SIMULATION_STALE_MINUTES,
    superviseSeconds: env.SIMULATION_QUEUE_SUPERVISE_SECONDS,
  });
  // Workers serve no HTTP: with METRICS_PORT they expose their own Prometheus endpoint (job counts, durations).
  if (env.METRICS_PORT) await startMetricsServer({ port: env.METRICS_PORT, token: env.METRICS_TOKEN });
  console.log(`simulation worker ${process.pid} ready (concurrency ${env.SIMULATION_WORKER_CONCURRENCY})`);
  const stop = async (): Promise<void> => {
    await worker.stop();
    await closeDb();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
