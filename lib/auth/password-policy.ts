import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// What a new password must be, beyond its length (lib/validation/password.ts): not one of the commonest passwords
// and not a keyboard walk, repetition or the person's own name or email. zxcvbn-ts (the maintained port of Dropbox's
// estimator) matches against ~30,000 common passwords and patterns and estimates the guesses an attacker needs; a
// score below 3 (fewer than ~10^8 guesses) is refused, as NIST SP 800-63B asks for a blocklist of such passwords.

const MIN_SCORE = 3;
let estimator: ZxcvbnFactory | undefined;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** The words of the person's name and email, which a password must not lean on. */
function personalWords(person: { name?: string; email?: string }): string[] {
  const email = (person.email ?? "").toLowerCase();
  const name = (person.name ?? "").toLowerCase();
  const whole = [email, email.split("@")[0] ?? "", name, name.replace(/\s+/g, ""), name.replace(/\s+/g, ".")];
  const words = `${name} ${email}`.split(/[^a-z0-9]+/);
  return [...whole, ...words].filter((word) => word.length >= 3);
}

/** Why the password is refused, in words for the form, or null when it is good enough. */
export function passwordWeakness(password: string, person: { name?: string; email?: string } = {}): string | null {
  const { score } = getEstimator().check(password, personalWords(person));
  if (score >= MIN_SCORE) return null;
  return "is too easy to guess: it is a common password, a pattern or built on your name or email. A few unrelated words make a strong one";
}
