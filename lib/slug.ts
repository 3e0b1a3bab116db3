import slugifyText from '@sindresorhus/slugify';

/** What the contract allows in a slug: lower case a–z, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9-]+$/;

/**
 * A URL slug for free text: lower case, diacritics folded (`Sáblíková` → `sablikova`),
 * everything else a hyphen. Returns '' when nothing usable is left.
 */
export function slugify(text: string): string {
  // decamelize off: it would split the Dutch "IJ" ("IJsselstein" → "i-jsselstein").
  return slugifyText(text, { decamelize: false });
}
