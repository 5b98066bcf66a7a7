import type { NumberFormat } from "@/lib/domain/number-format";
import type { Role } from "@/lib/domain/roles";

export type { Role };

/** One organisation the user belongs to, with the role held there. */
export type MembershipSummary = {
  organisationId: string;
  organisationName: string;
  role: Role;
};

/** The signed-in user as the app sees them: re-read from the database on every request. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  /** The decimal separator the person chose (account page); null = follow their browser's language. */
  numberFormat: NumberFormat | null;
  memberships: MembershipSummary[];
  activeOrganisation: { id: string; name: string; role: Role };
  /**
   * The server-side session this request is signed in with (lib/auth/sessions.ts); not a credential by itself.
   * null when the request came with an API token.
   */
  sessionId: string | null;
  /** The API token this request came with (lib/auth/api-tokens.ts), else null (a browser session). */
  apiTokenId: string | null;
};
