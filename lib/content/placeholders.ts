import type { FieldPath } from './front-matter';
import { fieldName } from './validate';
import type { ProblemList } from './problems';

/**
 * What `npm run new` writes where only the editor knows the answer (a skater's country, a
 * competition's days and place, an article's summary): a value no schema would mistake for a
 * real one, so a file cannot go live with it.
 */
export const PLACEHOLDER = 'VUL IN';

/**
 * Reports every top-level field still holding the placeholder, each on its line; returns
 * whether there was one. An article that is still a draft (`draft: true`) may keep them: it
 * does not go live.
 */
export function reportPlaceholders(
  data: unknown,
  file: string,
  lineOf: (path: FieldPath) => number,
  problems: ProblemList,
): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const fields = data as Record<string, unknown>;
  if (fields.draft === true) return false;
  let found = false;
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || !value.trimStart().toUpperCase().startsWith(PLACEHOLDER)) continue;
    found = true;
    problems.add(
      file,
      lineOf([key]),
      fieldName([key]),
      `verwacht je eigen waarde in plaats van de tijdelijke tekst van npm run new; gevonden: "${value}"`,
    );
  }
  return found;
}
