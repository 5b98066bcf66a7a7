// GET, POST /api/auth/* – Auth.js endpoints (CSRF token, credentials callback, session, sign-out)
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
