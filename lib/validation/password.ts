import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, userEmailSchema } from "./user";

// What people send to set, change or recover a password. Guessability (the commonest passwords, patterns, one's own
// name) is checked by the service after these (lib/auth/password-policy.ts), since it needs the person's details.

export const newPasswordSchema = z
  .string({ error: "Enter a new password" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(MAX_PASSWORD_LENGTH),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A single-use link's secret, as it arrives from the link: 43 base64url characters after a short prefix. */
export const linkTokenSchema = z.string().min(20, "This link is not complete").max(100, "This link is not valid");

export const setPasswordSchema = z.object({ token: linkTokenSchema, password: newPasswordSchema });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const forgotPasswordSchema = z.object({ email: userEmailSchema });
