import { createHash, randomBytes } from "node:crypto";

// Secrets handed out once (password links, invitations, API tokens): 256 random bits, shown to the person once, and
// stored only as a SHA-256 digest. A digest of a 256-bit random value needs no salt or slow hash: it cannot be
// guessed, only copied, and the database holds no copy.

const SECRET_BYTES = 32;

export type IssuedSecret = {
  /** What the person receives (in a link or shown once): `${prefix}${43 base64url characters}`. */
  token: string;
  /** What is stored. */
  hash: string;
};

/** A new secret with a readable prefix naming its kind, e.g. "cmt_" for API tokens. */
export function issueSecret(prefix = ""): IssuedSecret {
  const token = `${prefix}${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { token, hash: hashSecret(token) };
}

/** The stored form of a secret: look a presented token up by this, never by the token itself. */
export function hashSecret(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}
