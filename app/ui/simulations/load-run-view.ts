import "server-only";
import type { DbOrTx } from "@/db";
import { getRun, listRunResults } from "@/db/queries/simulations";
import { toDetailOutput } from "@/lib/simulations/present";
import { toRunView } from "./from-contract";
import type { RunView } from "./types";

/**
 * A run with its results as the API would answer it (the same presenter), for server components: a finished run
 * renders at once, with no client round trip. undefined when the organisation has no such run.
 */
export async function loadRunView(db: DbOrTx, { organisationId, runId }: { organisationId: string; runId: string }): Promise<RunView | undefined> {
  const run = await getRun(db, { organisationId, runId });
  if (!run) return undefined;
  const rows = run.status === "succeeded" ? await listRunResults(db, runId) : [];
  return toRunView(toDetailOutput(run, rows));
}
