import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";

// Contracts of the caller's own account: their sessions (where they are signed in). Nobody else's are reachable:
// a session id of another person answers 404.

const TAGS = ["Account"];
const COLLECTION = "/api/me/sessions";

const sessionOutputSchema = z
  .object({
    id: z.uuid(),
    device: z.string().meta({ description: "Browser and system from the User-Agent at sign-in, e.g. “Chrome on Linux”" }),
    clientAddress: z.string().meta({ description: "The client address at sign-in" }),
    createdAt: z.iso.datetime().meta({ description: "Sign-in time" }),
    lastSeenAt: z.iso.datetime().meta({ description: "Last request, to within five minutes" }),
    expiresAt: z.iso.datetime().meta({ description: "Absolute end (SESSION_MAX_AGE_HOURS after sign-in)" }),
    isCurrent: z.boolean().meta({ description: "true for the session of this request" }),
  })
  .meta({ id: "Session" });

export const listSessionsContract = defineContract({
  method: "GET",
  path: COLLECTION,
  summary: "List where you are signed in: your live sessions, most recently used first",
  tags: TAGS,
  access: "viewer",
  responses: { 200: { description: "Your live sessions", schema: z.object({ data: z.array(sessionOutputSchema) }) } },
});

export const revokeSessionsContract = defineContract({
  method: "DELETE",
  path: COLLECTION,
  summary: "Sign out everywhere: end all your sessions, or all but this one",
  description: "With `?keepCurrent=true` the session of this request stays; without it this request's cookie stops working too.",
  tags: TAGS,
  access: "viewer",
  // A leaked API token must not be able to sign its owner out.
  credentials: "session",
  query: z.object({ keepCurrent: z.enum(["true", "false"]).default("false").transform((v) => v === "true") }),
  responses: { 200: { description: "Ended", schema: z.object({ revoked: z.int().meta({ description: "How many sessions ended" }) }) } },
  errors: [403],
});

export const revokeSessionContract = defineContract({
  method: "DELETE",
  path: `${COLLECTION}/{sessionId}`,
  summary: "End one of your sessions (sign out that device)",
  tags: TAGS,
  access: "viewer",
  credentials: "session",
  params: z.object({ sessionId: z.uuid() }),
  responses: { 204: { description: "Ended" } },
  errors: [403, 404],
});

export const accountContracts = [listSessionsContract, revokeSessionsContract, revokeSessionContract];
