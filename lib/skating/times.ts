import type { Distance, Race, RaceCategory, RaceTime, ResultRow } from '../types';

/** The distances skated alone against the clock, in metres: the only ones with personal bests and samalog points. */
export const METRIC_DISTANCES = ['500', '1000', '1500', '3000', '5000', '10000'] as const;
export type MetricDistance = (typeof METRIC_DISTANCES)[number];

/** What a time is a time on: a distance in one category. */
export type RaceKind = { distance: Distance; sex: RaceCategory };

export function isMetricDistance(distance: Distance): distance is MetricDistance {
  return (METRIC_DISTANCES as readonly string[]).includes(distance);
}

/** Team events: their times belong to a team, never to one skater. */
export function isTeamDistance(distance: Distance): boolean {
  return distance === 'ploegenachtervolging' || distance === 'teamsprint';
}

/** A row with a time that stands: no DQ, DNF or DNS, and a time written. */
export type TimedRow = ResultRow & { time: RaceTime };

export function hasValidTime(row: ResultRow): row is TimedRow {
  return row.status === undefined && row.time !== undefined;
}

/**
 * A skater's own time on a metric distance: a row with a linked skater and a valid time, in a
 * race of metres and not a team's row (a row with members is a team, whatever the table says).
 */
export function isIndividualTime(
  race: Race,
  row: ResultRow,
): row is TimedRow & { athlete: NonNullable<ResultRow['athlete']> } {
  return isMetricDistance(race.distance) && row.members.length === 0 && row.athlete !== undefined && hasValidTime(row);
}

/**
 * Compares two times, fastest first (negative when `a` is faster). Both with thousandths: the
 * thousandths decide. Otherwise the hundredths decide, the thousandths cut off as the ISU
 * cuts them when it publishes hundredths: 36,09 and 36,094 are equal, since nobody knows
 * which was faster.
 */
export function compareTimes(a: RaceTime, b: RaceTime): number {
  if (a.decimals === 3 && b.decimals === 3) return Math.sign(a.ms - b.ms);
  return Math.sign(Math.floor(a.ms / 10) - Math.floor(b.ms / 10));
}

/**
 * A total order for sorting lists by time: hundredths, then thousandths. `compareTimes` is not
 * transitive across precisions (36,091 = 36,09 = 36,099), so sorting uses this and places use that.
 */
export function sortKeyCompare(a: RaceTime, b: RaceTime): number {
  return Math.floor(a.ms / 10) - Math.floor(b.ms / 10) || a.ms - b.ms;
}

/**
 * The order races were skated in, as far as the site knows: by day, then by key. The site has
 * no time of day, so two races on one day keep a fixed but arbitrary order (their keys).
 */
export function compareRaces(a: Race, b: Race): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Races in the order they were skated; the input is left alone. */
export function inRaceOrder(races: readonly Race[]): Race[] {
  return [...races].sort(compareRaces);
}

/** A map key for a distance in a category. */
export function kindKey(kind: RaceKind): string {
  return `${kind.distance}/${kind.sex}`;
}
