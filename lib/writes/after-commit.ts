import { forgetIdentity } from "@/lib/auth/identity-memo";
import { applyDashboardEffects, dashboardEffectOf, type DashboardEffect } from "@/lib/dashboards/invalidation";
import { describeError } from "@/lib/observability/log-error";
import { getLogger } from "@/lib/observability/logger";
import type { AuditRecord, WriteScope } from "./index";

// What a committed write still has to do: forget the changed identities in this process and invalidate the
// dashboards its audit rows reach. The change is saved whatever happens here, so a failure (the cache or the
// database gone a moment after COMMIT) is logged and swallowed: answering 5xx would tell the caller to retry a
// change that is already made. What a failure here costs: a dashboard stale until its TTL (the resilient cache
// replays bumps it could not make), never a wrong answer to this request.

/** What the transaction recorded, for the after-commit effects. */
export type CommittedEffects = {
  touched: readonly AuditRecord["entityType"][];
  changedUsers: ReadonlySet<string>;
};

/** Runs the after-commit effects of a write; never throws. */
export async function runAfterCommit(scope: WriteScope, { touched, changedUsers }: CommittedEffects): Promise<void> {
  for (const userId of changedUsers) forgetIdentity(userId);
  try {
    await applyDashboardEffects(touched.map((entityType) => dashboardEffectOf(entityType, scope)).filter(isEffect));
  } catch (error) {
    getLogger("writes").warn(
      { error: describeError(error), organisationId: scope.organisationId, projectId: scope.projectId },
      "the write committed but its dashboards could not be invalidated",
    );
  }
}

function isEffect(effect: DashboardEffect | undefined): effect is DashboardEffect {
  return effect !== undefined;
}
