import { expect } from "vitest";
import * as acceptRoute from "@/app/api/invitations/accept/route";
import * as invitationRoute from "@/app/api/organisations/[organisationId]/invitations/[invitationId]/route";
import * as invitationsRoute from "@/app/api/organisations/[organisationId]/invitations/route";
import { callRoute } from "@/tests/support/api";
import { call, dataOf, type MutationCase, type MutationWorld } from "./world";

// Freshness cases: invitations are on no dashboard but the overview's activity (their audit rows).

async function invite(world: MutationWorld): Promise<{ id: string; token: string }> {
  const answer = await call(world, invitationsRoute.POST, "POST", { organisationId: world.organisationId }, { email: `invited-${crypto.randomUUID()}@example.test`, role: "analyst" });
  expect(answer.status).toBe(201);
  const path = (answer.body as { path: string }).path;
  return { id: dataOf<{ id: string }>(answer).id, token: new URL(path, "http://x").searchParams.get("token") ?? "" };
}

export const invitationCases: Record<string, MutationCase> = {
  "POST /api/organisations/{organisationId}/invitations": {
    changes: ["overview"],
    arrange: async (world) => ({ write: () => call(world, invitationsRoute.POST, "POST", { organisationId: world.organisationId }, { email: `new-${crypto.randomUUID()}@example.test`, role: "viewer" }) }),
  },
  "DELETE /api/organisations/{organisationId}/invitations/{invitationId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const { id } = await invite(world);
      return { write: () => call(world, invitationRoute.DELETE, "DELETE", { organisationId: world.organisationId, invitationId: id }) };
    },
  },
  "POST /api/invitations/accept": {
    changes: ["overview"],
    arrange: async (world) => {
      const { token } = await invite(world);
      // The invited person has no account and no cookie: they choose their name and password.
      const body = { token, name: "Ivy Invited", password: "tailings kettle magnolia 41" };
      return { write: () => callRoute(acceptRoute.POST, "POST", "/api/invitations/accept", { body }) };
    },
  },
};
