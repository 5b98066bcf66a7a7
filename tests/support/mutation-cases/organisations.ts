import { expect } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as organisationRoute from "@/app/api/organisations/[organisationId]/route";
import * as organisationsRoute from "@/app/api/organisations/route";
import { startIdentityNotifications } from "@/lib/auth/identity-memo";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestUser } from "@/tests/support/db";
import { call, dataOf, type MutationCase, type MutationWorld, type RouteAnswer } from "./world";

// Freshness cases: organisations. No dashboard prints the organisation's name or its new-project defaults; a change
// to its settings shows as the overview's recent activity (the audit row). The remembered identities must see the
// change at once: the creator's new membership, every member's new organisation name.

type MeBody = { user: { memberships: { organisationId: string; organisationName: string }[] } };

/** A member who has just made a request, so their identity (with the organisation's name) is remembered. */
async function rememberedMember(world: MutationWorld): Promise<() => Promise<MeBody>> {
  // Nothing is remembered until the process listens for identity changes (lib/auth/identity-memo.ts).
  await startIdentityNotifications(world.db);
  const member = await createTestUser(world.db, { organisationId: world.organisationId, role: "viewer" });
  const cookie = await sessionCookieFor(member.id);
  const me = async () => {
    const answer = await callRoute(
      (request) => meRoute.GET(request, { params: Promise.resolve({}) }),
      "GET",
      "/api/me",
      { cookie },
    );
    expect(answer.status).toBe(200);
    return answer.body as MeBody;
  };
  await me();
  return me;
}

export const organisationCases: Record<string, MutationCase> = {
  "POST /api/organisations": {
    // A new organisation: none of the world organisation's dashboards reads it.
    changes: [],
    arrange: async (world) => {
      // Listening, the process remembers the creator's identity when the test warms the dashboards.
      await startIdentityNotifications(world.db);
      return {
        // The world's cookie names no active organisation, so the first by name is active: the new one sorts after
        // "Test Org" and the dashboards read stay the world organisation's.
        write: () =>
          call(world, organisationsRoute.POST, "POST", {}, { name: "Zeta Freshly Created Mining" }),
        // The creator's remembered identity must be forgotten: the new membership (admin) counts at once.
        verify: async (answer: RouteAnswer) => {
          const organisationId = dataOf<{ id: string }>(answer).id;
          const changed = await call(
            world,
            organisationRoute.PATCH,
            "PATCH",
            { organisationId },
            { defaultCurrency: "CAD" },
          );
          expect(changed.status).toBe(200);
        },
      };
    },
  },
  "PATCH /api/organisations/{organisationId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const me = await rememberedMember(world);
      const name = `Renamed ${crypto.randomUUID()}`;
      return {
        write: () =>
          call(
            world,
            organisationRoute.PATCH,
            "PATCH",
            { organisationId: world.organisationId },
            { name, defaultDiscountRatePct: 6.5 },
          ),
        // Every member's switcher and header show the new name on their very next request.
        verify: async () => {
          const names = (await me()).user.memberships.map((m) => m.organisationName);
          expect(names).toEqual([name]);
        },
      };
    },
  },
};
