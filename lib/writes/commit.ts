import type { Db, Tx } from "@/db";
import { getCurrentTransactionId, readTransactionStatus, type TransactionStatus } from "@/db/queries/transaction-status";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { writeOutcomeUnknown } from "@/lib/errors";
import { getLogger } from "@/lib/observability/logger";

// A write whose COMMIT reached PostgreSQL must not be answered as a failure. When the connection drops while COMMIT
// is on the wire (a restart, a failover, a network cut), postgres.js rejects with CONNECTION_CLOSED although the
// server may have committed: the client would retry a change that was saved (a second project, a second audit
// row). So the transaction's id is read as its last statement, and after a connection failure at COMMIT the server
// is asked what became of it: committed → the work's value is returned as if COMMIT had answered; aborted → the
// original error (503 DATABASE_UNAVAILABLE, lib/http/respond.ts); still unknown when the database stays down →
// 503 WRITE_OUTCOME_UNKNOWN, which tells the caller to look before retrying.

/** How long to keep asking about the outcome, in ms: long enough for a reconnect (db/client.ts caps backoff at 1 s). */
const OUTCOME_WAIT_MS = 3_000;
/** Pause between two questions, in ms: the backend may not have finished its COMMIT when the first one arrives. */
const OUTCOME_POLL_MS = 100;

type Finished<T> = { value: T; transactionId: string };

/**
 * Runs `body` in one transaction on `db`; if the connection fails during COMMIT, returns the value when the server
 * did commit.
 * @throws the transaction's error when it did not commit; AppError WRITE_OUTCOME_UNKNOWN (503) when COMMIT was sent
 *   and its outcome could not be learnt within OUTCOME_WAIT_MS
 */
export async function commitTransaction<T>(db: Db, body: (tx: Tx) => Promise<T>): Promise<T> {
  let finished: Finished<T> | undefined;
  try {
    return await db.transaction(async (tx) => {
      const value = await body(tx);
      // The last statement before COMMIT: once it answered, a connection failure can only come from COMMIT itself.
      finished = { value, transactionId: await getCurrentTransactionId(tx) };
      return value;
    });
  } catch (error) {
    if (!finished || !isDatabaseUnavailable(error)) throw error;
    const { transactionId } = finished;
    const status = await learnOutcome(db, transactionId);
    const log = getLogger("writes");
    if (status === "committed") {
      log.warn({ transactionId }, "the connection failed during COMMIT; the server committed, answering as saved");
      return finished.value;
    }
    log.warn({ transactionId, status }, "the connection failed during COMMIT; the server did not confirm it committed");
    // Aborted: nothing was saved, and a retry is safe (503 DATABASE_UNAVAILABLE). Still in progress or not learnt
    // in time: it may be saved, and the caller is told so; the id in the log lets an operator look it up later.
    throw status === "aborted" ? error : writeOutcomeUnknown(error);
  }
}

/** Asks the server what became of the transaction until it knows or OUTCOME_WAIT_MS pass. */
async function learnOutcome(db: Db, transactionId: string): Promise<TransactionStatus> {
  const deadline = performance.now() + OUTCOME_WAIT_MS;
  let status: TransactionStatus = "unknown";
  for (;;) {
    try {
      status = await readTransactionStatus(db, { transactionId });
      if (status === "committed" || status === "aborted") return status;
    } catch (error) {
      // Still down: ask again until the deadline. Another kind of failure will not go away by asking again.
      if (!isDatabaseUnavailable(error)) return "unknown";
    }
    if (performance.now() + OUTCOME_POLL_MS > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, OUTCOME_POLL_MS));
  }
}
