import slugifyText from '@sindresorhus/slugify';

/** What the contract allows in a slug: lower case a–z, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9-]+$/;

// The library spells ä/ö/ü the German way (ae, oe, ue) and & as "and". In Dutch the trema
// only splits vowels (coördinatie, reünie), so it folds to the plain letter, and & is "en".
const DUTCH_REPLACEMENTS: [string, string][] = [
  ['ä', 'a'],
  ['ë', 'e'],
  ['ï', 'i'],
  ['ö', 'o'],
  ['ü', 'u'],
  ['Ä', 'A'],
  ['Ë', 'E'],
  ['Ï', 'I'],
  ['Ö', 'O'],
  ['Ü', 'U'],
  ['&', ' en '],
];

/**
 * A URL slug for free text: lower case, diacritics folded (`Sáblíková` → `sablikova`),
 * everything else a hyphen. Returns '' when nothing usable is left.
 */
export function slugify(text: string): string {
  // decamelize off: it would split the Dutch "IJ" ("IJsselstein" → "i-jsselstein").
  return slugifyText(text, { decamelize: false, customReplacements: DUTCH_REPLACEMENTS });
}
