import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { memberParamsSchema } from "@/lib/validation/user";
import { changePasswordSchema, forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/password";

// Passwords: a person changes theirs, sets one through a single-use link, asks for a reset link; an admin issues a
// reset link for a member. No route ever returns or accepts another person's password.

const TAGS = ["Passwords"];

export const changePasswordContract = defineContract({
  method: "POST",
  path: "/api/me/password",
  summary: "Change your password (the current one required); your other sessions end",
  description: "The new password must be 12–512 characters and not one of the commonest passwords or patterns (400 with fieldErrors.newPassword).",
  tags: TAGS,
  access: "viewer",
  body: changePasswordSchema,
  responses: { 204: { description: "Changed; every other session of yours has ended" } },
});

export const setPasswordContract = defineContract({
  method: "POST",
  path: "/api/password/set",
  summary: "Set a password through a single-use link (first password or reset); every session of the account ends",
  description: "400 LINK_INVALID when the link is unknown, used or expired (the same answer for each).",
  tags: TAGS,
  access: "public",
  body: setPasswordSchema,
  responses: { 200: { description: "Set; sign in with it", schema: z.object({ email: z.email() }) } },
});

export const forgotPasswordContract = defineContract({
  method: "POST",
  path: "/api/password/forgot",
  summary: "Ask for a password reset link by email",
  description: "Always 202 with the same body, whether or not the email has an account (nothing tells who has one).",
  tags: TAGS,
  access: "public",
  body: forgotPasswordSchema,
  responses: { 202: { description: "If the email has an account, a link is on its way", schema: z.object({ message: z.string() }) } },
});

export const memberResetLinkContract = defineContract({
  method: "POST",
  path: "/api/organisations/{organisationId}/users/{userId}/password-link",
  summary: "Issue a password reset link for a member (admins)",
  description:
    "With email configured the link goes to the member only (`emailed: true`). Without, the admin receives `path` to pass on, " +
    "which is refused (422 ACCOUNT_SHARED) for an account that also belongs to another organisation.",
  tags: TAGS,
  access: "admin",
  params: memberParamsSchema,
  responses: {
    201: {
      description: "Issued",
      schema: z.object({ emailed: z.boolean(), path: z.string().optional().meta({ description: "The link's path, when not emailed" }), expiresAt: z.iso.datetime() }),
    },
  },
  errors: [403, 404, 422, 503],
});

export const passwordContracts = [changePasswordContract, setPasswordContract, forgotPasswordContract, memberResetLinkContract];
