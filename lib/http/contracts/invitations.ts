import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { defineContract } from "@/lib/http/contracts/define";
import { acceptInvitationSchema, invitationParamsSchema, inviteMemberSchema } from "@/lib/validation/invitation";
import { organisationParamsSchema } from "@/lib/validation/user";

// Invitations: the way into an organisation. Admins invite, list and withdraw; the invited person accepts through
// the single-use link. No answer tells whether an email has an account in another organisation.

const TAGS = ["Invitations"];
const COLLECTION = "/api/organisations/{organisationId}/invitations";

const invitationOutputSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    role: z.enum(ROLES),
    invitedByName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().meta({ description: "Seven days after it was sent" }),
  })
  .meta({ id: "Invitation" });

export const listInvitationsContract = defineContract({
  method: "GET",
  path: COLLECTION,
  summary: "List the organisation's pending invitations (admins)",
  tags: TAGS,
  access: "admin",
  params: organisationParamsSchema,
  responses: { 200: { description: "Pending invitations, newest first", schema: z.object({ data: z.array(invitationOutputSchema) }) } },
  errors: [403, 404],
});

export const inviteMemberContract = defineContract({
  method: "POST",
  path: COLLECTION,
  summary: "Invite an email with a role (admins); replaces a pending invitation of the same email",
  description:
    "With email configured the link is emailed (`emailed: true`); otherwise `path` is the link to pass on. " +
    "409 ALREADY_MEMBER when the email's account is a member of this organisation; 503 EMAIL_NOT_SENT when the mail server refused.",
  tags: TAGS,
  access: "admin",
  params: organisationParamsSchema,
  body: inviteMemberSchema,
  responses: {
    201: {
      description: "Invited",
      schema: z.object({ data: invitationOutputSchema, emailed: z.boolean(), path: z.string().optional().meta({ description: "The link's path, when not emailed" }) }),
    },
  },
  errors: [403, 404, 409, 503],
});

export const revokeInvitationContract = defineContract({
  method: "DELETE",
  path: `${COLLECTION}/{invitationId}`,
  summary: "Withdraw a pending invitation (admins): its link stops working",
  tags: TAGS,
  access: "admin",
  params: invitationParamsSchema,
  responses: { 204: { description: "Withdrawn" } },
  errors: [403, 404],
});

export const acceptInvitationContract = defineContract({
  method: "POST",
  path: "/api/invitations/accept",
  summary: "Accept an invitation: signed in (an account with the invitation's email) or as a new account with name and password",
  description:
    "400 INVITATION_INVALID for an unknown, used, withdrawn or expired link; 403 INVITATION_FOR_ANOTHER_EMAIL when signed in with another email; " +
    "409 ACCOUNT_EXISTS when a new account is asked for an email that has one (sign in to accept).",
  tags: TAGS,
  access: "public",
  body: acceptInvitationSchema,
  responses: {
    200: {
      description: "Accepted: a member of the organisation now",
      schema: z.object({ organisationId: z.uuid(), email: z.email(), isNewAccount: z.boolean() }),
    },
  },
});

export const invitationContracts = [listInvitationsContract, inviteMemberContract, revokeInvitationContract, acceptInvitationContract];
