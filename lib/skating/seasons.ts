import { differenceInYears } from 'date-fns/differenceInYears';
import { isoDayParts } from '../calendar/days';
import { seasonOf, type Season } from '../calendar/seasons';
import type { IsoDay } from '../types';

// The calendar already knows what a season is (July to June); the statistics reuse it, so a
// race and its competition can never land in two different seasons.
export { seasonOf, type Season };

/** The season that starts on 1 July of `startYear`. */
export function seasonStartingIn(startYear: number): Season {
  return seasonOf(`${String(startYear).padStart(4, '0')}-07-01`);
}

/** A season in an address: `2025-2026` (a slash cannot stand in a path segment). */
export function seasonSlug(season: Season): string {
  return `${season.startYear}-${season.startYear + 1}`;
}

/** The season an address names (`2025-2026`); undefined for anything else, such as `2025-2027`. */
export function seasonFromSlug(slug: string): Season | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(slug);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  return Number(match[2]) === startYear + 1 ? seasonStartingIn(startYear) : undefined;
}

/** The season a race day belongs to, as a number to key maps by. Throws a RangeError for a day that is not `YYYY-MM-DD`. */
export function seasonYear(day: IsoDay): number {
  return seasonOf(day).startYear;
}

/**
 * Someone's age in whole years on a day: a skater born on 29 February turns a year older on
 * 1 March in other years (date-fns counts it so). Throws a RangeError for days that are not `YYYY-MM-DD`.
 */
export function ageOn(born: IsoDay, day: IsoDay): number {
  return differenceInYears(localDay(day), localDay(born));
}

// Both days at local midnight: whole days, so the machine's zone cannot shift either of them.
function localDay(day: IsoDay): Date {
  const [year, month, date] = isoDayParts(day);
  return new Date(year, month - 1, date);
}
