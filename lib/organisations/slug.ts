// An organisation's slug: its URL-safe, unique handle, derived from the name ("Rio Verde Minería" → rio-verde-mineria).
// The database's unique constraint is the authority; these functions only propose the next candidate.

const SLUG_MAX_CHARS = 48;
/** The slug of a name with no letters or digits in it (e.g. "—"). */
const FALLBACK_SLUG = "organisation";

/** Lower-case ASCII letters and digits of `name`, joined by single hyphens (accents dropped), at most 48 characters. */
export function slugBaseOf(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const slug = ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, SLUG_MAX_CHARS)
    .replace(/-+$/, "");
  return slug || FALLBACK_SLUG;
}

/**
 * `base` when it is free, else `base-N` with N one more than the highest numeric suffix taken (at least 2).
 * @param taken the slugs in use that are `base` or start with `base-`
 * @example nextFreeSlug("acme", ["acme", "acme-2", "acme-corp"]) // "acme-3"
 */
export function nextFreeSlug(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let highest = 1;
  for (const slug of taken) {
    const suffix = slug.slice(base.length + 1);
    if (!slug.startsWith(`${base}-`) || !/^\d{1,9}$/.test(suffix)) continue;
    highest = Math.max(highest, Number(suffix));
  }
  return `${base}-${highest + 1}`;
}
