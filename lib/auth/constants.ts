// Names shared by the proxy (no database) and the server-side session helpers.

/** httpOnly cookie naming the organisation the user works in; always re-validated against memberships. */
export const ACTIVE_ORGANISATION_COOKIE = "calminer-organisation";
/** Request header set by proxy.ts with the path being requested, for the sign-in callbackUrl. */
export const PATHNAME_HEADER = "x-calminer-pathname";
