import { z } from "zod";
import { newPasswordSchema, linkTokenSchema } from "./password";
import { organisationParamsSchema, roleSchema, userEmailSchema, userNameSchema } from "./user";

// Invitations: an admin invites an email with a role; the person accepts through the single-use link, signed in
// (an existing account) or by choosing their own name and password (a new account).

export const inviteMemberSchema = z.object({ email: userEmailSchema, role: roleSchema });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const invitationParamsSchema = organisationParamsSchema.extend({ invitationId: z.uuid() });

export const acceptInvitationSchema = z.object({
  token: linkTokenSchema,
  /** For a new account; omitted when the signed-in person accepts. */
  name: userNameSchema.optional(),
  password: newPasswordSchema.optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
