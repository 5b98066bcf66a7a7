import { expect } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as tokenRoute from "@/app/api/me/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/me/tokens/route";
import { callRoute } from "@/tests/support/api";
import { bearer } from "@/tests/support/bearer";
import { call, type MutationCase, type MutationWorld, type RouteAnswer } from "./world";

// Freshness cases: the caller's API tokens. A token is a person's credential: no dashboard shows it, not even the
// overview's recent activity (its audit rows are in the audit log only), so every dashboard must stay as it was.

type Created = { data: { id: string }; token: string };

function meWith(token: string): Promise<RouteAnswer> {
  return callRoute(meRoute.GET, "GET", "/api/me", { headers: bearer(token) });
}

async function createToken(world: MutationWorld): Promise<Created> {
  const answer = await call(world, tokensRoute.POST, "POST", {}, { name: "Nightly export", role: "viewer" });
  expect(answer.status).toBe(201);
  return answer.body as Created;
}

export const tokenCases: Record<string, MutationCase> = {
  "POST /api/me/tokens": {
    changes: [],
    arrange: async (world) => ({
      write: () => call(world, tokensRoute.POST, "POST", {}, { name: "Nightly export", role: "viewer" }),
      verify: async (answer) => expect((await meWith((answer.body as Created).token)).status).toBe(200),
    }),
  },
  "DELETE /api/me/tokens/{tokenId}": {
    changes: [],
    arrange: async (world) => {
      const created = await createToken(world);
      return {
        write: () => call(world, tokenRoute.DELETE, "DELETE", { tokenId: created.data.id }),
        // Revoked: refused on its very next request.
        verify: async () => expect((await meWith(created.token)).status).toBe(401),
      };
    },
  },
};
