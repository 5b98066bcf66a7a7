import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";

type ExecuteResult = unknown[] | { rows: unknown[] };

/** Runs a raw query and returns its rows, whichever driver answers (postgres.js: an array; PGlite: `{ rows }`). */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as ExecuteResult;
  return (Array.isArray(result) ? result : result.rows) as T[];
}
