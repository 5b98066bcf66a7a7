import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's minimum recommendation (19 MiB memory, 2 passes, 1 lane): ~20-40 ms here.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password or a malformed hash; never throws on user input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, verified when the email is unknown so that an unknown email and a
// wrong password take the same time.
let dummyHash: Promise<string> | undefined;
export function getDummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
