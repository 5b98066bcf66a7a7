import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { defineContract, type ApiContract } from "@/lib/http/contracts/define";
import {
  listMembersQuerySchema,
  memberParamsSchema,
  organisationParamsSchema,
  updateMemberSchema,
} from "@/lib/validation/user";

// Contracts of the organisation's member routes (admins only). A caller who is not a member of the organisation in
// the path gets 404, never 403: another organisation's existence is never revealed.

export const memberOutputSchema = z
  .object({
    id: z.uuid().meta({ description: "The user's id" }),
    name: z.string(),
    email: z.email(),
    role: z.enum(ROLES).meta({ description: "Role in this organisation" }),
    isActive: z.boolean().meta({ description: "false: the account is deactivated and every request is refused" }),
    lastSignInAt: z.iso.datetime().nullable(),
    memberSince: z.iso.datetime(),
  })
  .meta({ id: "Member" });

const TAGS = ["Users"];
const COLLECTION = "/api/organisations/{organisationId}/users";
const ITEM = `${COLLECTION}/{userId}`;

export const listMembersContract = defineContract({
  method: "GET",
  path: COLLECTION,
  summary: "List the organisation's members (search, filter by role and status, sort, pagination)",
  tags: TAGS,
  access: "admin",
  params: organisationParamsSchema,
  query: listMembersQuerySchema,
  responses: {
    200: {
      description: "One page of members",
      schema: z.object({ data: z.array(memberOutputSchema), page: z.int(), pageSize: z.int(), total: z.int() }),
    },
  },
  errors: [403, 404],
});

export const updateMemberContract = defineContract({
  method: "PATCH",
  path: ITEM,
  summary: "Change a member's role or deactivate / reactivate their account",
  description:
    "422 SELF_DEMOTION when an admin demotes or deactivates themself; 422 LAST_ADMIN when the organisation would be left " +
    "without an active admin; 422 ACCOUNT_SHARED when the account also belongs to another organisation (its status is " +
    "global, so only its one organisation may change it). A deactivated user is refused on their very next request.",
  tags: TAGS,
  access: "admin",
  params: memberParamsSchema,
  body: updateMemberSchema,
  responses: { 200: { description: "The member after the change", schema: z.object({ data: memberOutputSchema }) } },
  errors: [403, 404, 422],
});

export const removeMemberContract = defineContract({
  method: "DELETE",
  path: ITEM,
  summary: "Remove a member from the organisation (the account itself stays)",
  description: "422 SELF_DEMOTION for oneself; 422 LAST_ADMIN when it would leave the organisation without an active admin.",
  tags: TAGS,
  access: "admin",
  params: memberParamsSchema,
  responses: { 204: { description: "Removed" } },
  errors: [403, 404, 422],
});

/** Every contract of the member routes, for the OpenAPI document. */
export const userContracts: ApiContract[] = [listMembersContract, updateMemberContract, removeMemberContract];
