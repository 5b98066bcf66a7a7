"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { safeCallbackPath } from "./callback-url";
import { signIn, signOut } from "./index";
import { ACTIVE_ORGANISATION_COOKIE } from "./constants";
import { areCookiesSecure } from "./cookie-names";
import { requireUser } from "./session";
import { signInErrorMessage } from "./sign-in-messages";

export type SignInState = {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

const signInFormSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254).pipe(z.email("Enter a valid email address")),
  password: z.string().min(1, "Enter your password").max(512),
  callbackUrl: z.string().optional(),
});

/** Sign-in form action: field errors for an incomplete form, one generic message for refused credentials. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // A server action is a public endpoint: it may be called without its form (that was a 500).
  if (!(formData instanceof FormData)) return { message: "Fill in the sign-in form." };
  const parsed = signInFormSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js errors are answers for the form.
    if (!(error instanceof AuthError)) throw error;
    return { message: messageForSignInError(error), email };
  }
  return {};
}

function messageForSignInError(error: AuthError): string {
  return error instanceof CredentialsSignin ? signInErrorMessage("CredentialsSignin", error.code) : signInErrorMessage(error.type, undefined);
}

export async function signOutAction(): Promise<void> {
  const cookieStore = await cookies();
  cookieStore.delete(ACTIVE_ORGANISATION_COOKIE);
  await signOut({ redirectTo: "/sign-in" });
}

const switchOrganisationSchema = z.object({ organisationId: z.uuid() });

/** Makes another of the user's organisations the active one. Non-members are refused without a hint. */
export async function switchOrganisationAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  if (!(formData instanceof FormData)) return;
  const parsed = switchOrganisationSchema.safeParse({ organisationId: formData.get("organisationId") });
  if (!parsed.success) return;
  const isMember = user.memberships.some((m) => m.organisationId === parsed.data.organisationId);
  if (!isMember) return;
  const cookieStore = await cookies();
  cookieStore.set(ACTIVE_ORGANISATION_COOKIE, parsed.data.organisationId, {
    httpOnly: true,
    sameSite: "lax",
    // Like the session cookie: Secure by configuration (lib/auth/cookie-names.ts).
    secure: areCookiesSecure(),
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
  revalidatePath("/", "layout");
}
