import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { defineContract } from "@/lib/http/contracts/define";
import { apiTokenParamsSchema, createApiTokenSchema } from "@/lib/validation/api-token";

// Contracts of the caller's own personal API tokens in their active organisation. Creating and revoking need a
// signed-in session (a token cannot mint or revoke tokens); another person's token id answers 404.

const TAGS = ["Account"];
const COLLECTION = "/api/me/tokens";

const apiTokenOutputSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES).meta({ description: "The token's role; it acts with the lower of this and your current role" }),
    prefix: z.string().meta({ description: "The token's first characters, to tell tokens apart (e.g. cmt_Ab12Cd34)" }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Last request with it, to within a minute; null: never used" }),
    isExpired: z.boolean(),
  })
  .meta({ id: "ApiToken" });

export const listApiTokensContract = defineContract({
  method: "GET",
  path: COLLECTION,
  summary: "List your API tokens in the active organisation (revoked ones are left out), newest first",
  tags: TAGS,
  access: "viewer",
  responses: { 200: { description: "Your tokens", schema: z.object({ data: z.array(apiTokenOutputSchema) }) } },
});

export const createApiTokenContract = defineContract({
  method: "POST",
  path: COLLECTION,
  summary: "Create a personal API token for scripts; the token is in this answer only",
  description:
    "The token acts in your active organisation with `role` (at most yours: 403 TOKEN_ROLE_TOO_HIGH otherwise) until it expires " +
    "or is revoked. Send it as `Authorization: Bearer cmt_…`. Only its digest is stored: copy it now.",
  tags: TAGS,
  access: "viewer",
  credentials: "session",
  body: createApiTokenSchema,
  responses: {
    201: {
      description: "Created",
      schema: z.object({ data: apiTokenOutputSchema, token: z.string().meta({ description: "The token itself, shown this once" }) }),
    },
  },
  errors: [403],
});

export const revokeApiTokenContract = defineContract({
  method: "DELETE",
  path: `${COLLECTION}/{tokenId}`,
  summary: "Revoke one of your API tokens: the next request with it is refused",
  tags: TAGS,
  access: "viewer",
  credentials: "session",
  params: apiTokenParamsSchema,
  responses: { 204: { description: "Revoked" } },
  errors: [403, 404],
});

export const tokenContracts = [listApiTokensContract, createApiTokenContract, revokeApiTokenContract];
