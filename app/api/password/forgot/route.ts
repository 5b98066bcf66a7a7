import { forgotPasswordContract } from "@/lib/http/contracts/passwords";
import { handle } from "@/lib/http/handle";
import { FORGOT_PASSWORD_ANSWER, requestPasswordReset } from "@/lib/users/passwords";

// POST /api/password/forgot – the same 202 whether or not the email has an account
export const POST = handle(forgotPasswordContract, async ({ body }) => {
  await requestPasswordReset(body);
  return Response.json({ message: FORGOT_PASSWORD_ANSWER }, { status: 202 });
});
