import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { selectRows } from "./select-rows";

// When the connection drops while COMMIT is on the wire, the client cannot tell whether the server committed.
// PostgreSQL keeps the answer: pg_xact_status(id) of a recent transaction is 'committed', 'aborted' or
// 'in progress' (PostgreSQL 13+; "Transaction ID and Snapshot Information Functions" in its manual).

export type TransactionStatus = "committed" | "aborted" | "in progress" | "unknown";

/** The id of the open transaction (assigns one if it has none yet), as text: xid8 does not fit a JS number. */
export async function getCurrentTransactionId(tx: DbOrTx): Promise<string> {
  const [row] = await selectRows<{ id: string }>(tx, sql`select pg_current_xact_id()::text as id`);
  const id = row?.id;
  if (!id) throw new Error("pg_current_xact_id() returned no row");
  return id;
}

/** What became of a transaction; "unknown" when it is too old for the server to remember. */
export async function readTransactionStatus(db: DbOrTx, { transactionId }: { transactionId: string }): Promise<TransactionStatus> {
  const [row] = await selectRows<{ status: string | null }>(db, sql`select pg_xact_status(${transactionId}::xid8) as status`);
  const status = row?.status;
  return status === "committed" || status === "aborted" || status === "in progress" ? status : "unknown";
}
