import type { Competition, IsoDay } from '../types';
import { dayInSiteZone, isoDayParts } from './days';

/**
 * A skating season: 1 July of `startYear` up to and including 30 June of the next year, so
 * that one winter (and the summer training camps before it) is one season.
 */
export type Season = {
  startYear: number;
  /** "2025/2026", as Dutch skating writes a season. */
  label: string;
  firstDay: IsoDay;
  lastDay: IsoDay;
};

/** One season of the calendar: the competitions still to come, and those already skated. */
export type CalendarSeason = {
  season: Season;
  /** Not yet over (the last day is today or later), first one first. */
  coming: Competition[];
  /** Over, the first one first: a season reads in the order it was skated, as the coming ones do. */
  past: Competition[];
};

/** The month (1–12) a season starts in. */
const SEASON_FIRST_MONTH = 7;

/** The season a day belongs to. Throws a RangeError when `day` is not `YYYY-MM-DD`. */
export function seasonOf(day: IsoDay): Season {
  const [year, month] = isoDayParts(day);
  const startYear = month >= SEASON_FIRST_MONTH ? year : year - 1;
  return {
    startYear,
    label: `${startYear}/${startYear + 1}`,
    firstDay: `${startYear}-07-01`,
    lastDay: `${startYear + 1}-06-30`,
  };
}

/**
 * Whether a competition is still to come on `today`: one that ends today is still on, so it
 * stays "coming" for the whole of its last day.
 */
export function isComing(competition: Competition, today: IsoDay): boolean {
  // `YYYY-MM-DD` sorts as text in date order.
  return competition.end >= today;
}

/**
 * The calendar by season, newest season first. A competition belongs to the season of its
 * first day (one that runs over New Year stays in one season). "Today" is the day `now` falls
 * on in Europe/Amsterdam, where the site's readers are. Throws a RangeError for a competition
 * whose days are not `YYYY-MM-DD` (validation refuses those).
 */
export function calendarSeasons(competitions: readonly Competition[], now: Date): CalendarSeason[] {
  const today = dayInSiteZone(now);
  const bySeason = new Map<number, CalendarSeason>();
  for (const competition of competitions) {
    const season = seasonOf(competition.start);
    let entry = bySeason.get(season.startYear);
    if (!entry) {
      entry = { season, coming: [], past: [] };
      bySeason.set(season.startYear, entry);
    }
    (isComing(competition, today) ? entry.coming : entry.past).push(competition);
  }
  return [...bySeason.values()]
    .sort((a, b) => b.season.startYear - a.season.startYear)
    .map((entry) => ({
      season: entry.season,
      coming: entry.coming.sort(firstFirst),
      past: entry.past.sort(firstFirst),
    }));
}

// Ties are broken by name, so that the order never depends on the order of the content files.
function firstFirst(a: Competition, b: Competition): number {
  return compareText(a.start, b.start) || compareText(a.end, b.end) || compareText(a.name, b.name);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
