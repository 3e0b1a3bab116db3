import { seasonOf, type Season } from './seasons';
import {
  compareRaces,
  compareTimes,
  inRaceOrder,
  isIndividualTime,
  isMetricDistance,
  kindKey,
  METRIC_DISTANCES,
  type MetricDistance,
} from './times';
import {
  DISTANCES,
  RACE_CATEGORIES,
  type AthleteRef,
  type Race,
  type RaceCategory,
  type RaceTime,
  type ResultRow,
} from '../types';

/** One time of one skater: the row, and the race it was skated in. */
export type Performance = { race: Race; row: ResultRow; athlete: AthleteRef; distance: MetricDistance; time: RaceTime };

/** The best time on a distance in a category. */
export type Best = { distance: MetricDistance; sex: RaceCategory; performance: Performance };

export type SeasonBests = { season: Season; bests: Best[] };

/** A time on the way: `best` when it was faster than every earlier time the site knows (the first one is). */
export type ProgressionPoint = Performance & { best: boolean };

/** One race a skater was in, as herself or in a team. */
export type RaceEntry = { race: Race; row: ResultRow; asTeamMember: boolean };

export type SeasonResults = {
  season: Season;
  groups: { distance: Race['distance']; sex: RaceCategory; entries: RaceEntry[] }[];
};

/**
 * The site's races read once for per-skater questions: a skater page asks several of them, and
 * a build asks them for every skater, so a pass over all races per question would grow with
 * skaters times races (docs/performance.md). Keyed by the races array, which the
 * model builds once and never changes.
 */
type RaceIndex = {
  performances: Performance[];
  performancesBySkater: Map<string, Performance[]>;
  /** Per skater, the races she has a row in, herself or in a team, in the order skated. */
  racesBySkater: Map<string, Race[]>;
};
const raceIndexes = new WeakMap<readonly Race[], RaceIndex>();

function raceIndex(races: readonly Race[]): RaceIndex {
  const known = raceIndexes.get(races);
  if (known) return known;
  const index: RaceIndex = { performances: [], performancesBySkater: new Map(), racesBySkater: new Map() };
  for (const race of inRaceOrder(races)) {
    const skaters = new Set<string>();
    for (const row of race.rows) {
      if (row.athlete) skaters.add(row.athlete.slug);
      for (const member of row.members) if (member.athlete) skaters.add(member.athlete.slug);
    }
    for (const slug of skaters) pushTo(index.racesBySkater, slug, race);
    const distance = race.distance;
    if (!isMetricDistance(distance)) continue;
    for (const row of race.rows) {
      if (!isIndividualTime(race, row)) continue;
      const performance = { race, row, athlete: row.athlete, distance, time: row.time };
      index.performances.push(performance);
      pushTo(index.performancesBySkater, performance.athlete.slug, performance);
    }
  }
  raceIndexes.set(races, index);
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every individual time of every skater, in the order skated. Team events, the mass start,
 * DQ, DNF and DNS rows, rows without a time and rows without a linked skater never count.
 */
export function individualPerformances(races: readonly Race[]): Performance[] {
  return [...raceIndex(races).performances];
}

/** One skater's individual times, in the order skated. */
export function performancesOf(races: readonly Race[], slug: string): Performance[] {
  return [...(raceIndex(races).performancesBySkater.get(slug) ?? [])];
}

/**
 * The fastest of the times per distance and category. A time equal to the best so far does not
 * replace it: the earlier time stands. Shortest distance first, women before men.
 */
export function bestsOf(performances: readonly Performance[]): Best[] {
  const bests = new Map<string, Best>();
  for (const performance of [...performances].sort((a, b) => compareRaces(a.race, b.race))) {
    const { distance, race } = performance;
    const key = kindKey({ distance, sex: race.sex });
    const current = bests.get(key);
    if (!current || compareTimes(performance.time, current.performance.time) < 0) {
      bests.set(key, { distance, sex: race.sex, performance });
    }
  }
  return [...bests.values()].sort(byDistanceAndSex);
}

/** A skater's personal bests as the site knows them. */
export function personalBests(races: readonly Race[], slug: string): Best[] {
  return bestsOf(performancesOf(races, slug));
}

/** Every skater's personal bests, by athlete slug: one pass for lists of many skaters. */
export function personalBestsByAthlete(races: readonly Race[]): Map<string, Best[]> {
  return new Map(
    [...raceIndex(races).performancesBySkater].map(([slug, performances]) => [slug, bestsOf(performances)]),
  );
}

/** A skater's season bests, newest season first: the current season and every earlier one with times. */
export function seasonBests(races: readonly Race[], slug: string): SeasonBests[] {
  const bySeason = new Map<number, { season: Season; performances: Performance[] }>();
  for (const performance of performancesOf(races, slug)) {
    const season = seasonOf(performance.race.date);
    const entry = bySeason.get(season.startYear) ?? { season, performances: [] };
    entry.performances.push(performance);
    bySeason.set(season.startYear, entry);
  }
  return [...bySeason.values()]
    .sort((a, b) => b.season.startYear - a.season.startYear)
    .map(({ season, performances }) => ({ season, bests: bestsOf(performances) }));
}

/** A skater's times on one distance in one category, oldest first, each marked when it improved her best. */
export function progression(
  races: readonly Race[],
  slug: string,
  distance: MetricDistance,
  sex: RaceCategory,
): ProgressionPoint[] {
  let fastest: RaceTime | undefined;
  return performancesOf(races, slug)
    .filter((performance) => performance.race.distance === distance && performance.race.sex === sex)
    .map((performance) => {
      const best = fastest === undefined || compareTimes(performance.time, fastest) < 0;
      if (best) fastest = performance.time;
      return { ...performance, best };
    });
}

/**
 * Every race a skater was in (her own row, or a team's row she skated in), grouped by season
 * (newest first) and by distance and category (in the order of the distances), each group in
 * the order skated. Rows without a time are in it too: a fall is a result as well.
 */
export function resultsBySeason(races: readonly Race[], slug: string): SeasonResults[] {
  const seasons = new Map<number, { season: Season; entries: RaceEntry[] }>();
  for (const race of raceIndex(races).racesBySkater.get(slug) ?? []) {
    const entry = entryOf(race, slug);
    if (!entry) continue;
    const season = seasonOf(race.date);
    const group = seasons.get(season.startYear) ?? { season, entries: [] };
    group.entries.push(entry);
    seasons.set(season.startYear, group);
  }
  return [...seasons.values()]
    .sort((a, b) => b.season.startYear - a.season.startYear)
    .map(({ season, entries }) => ({ season, groups: groupByKind(entries) }));
}

function entryOf(race: Race, slug: string): RaceEntry | undefined {
  const own = race.rows.find((row) => row.athlete?.slug === slug);
  if (own) return { race, row: own, asTeamMember: false };
  const team = race.rows.find((row) => row.members.some((member) => member.athlete?.slug === slug));
  return team ? { race, row: team, asTeamMember: true } : undefined;
}

function groupByKind(entries: RaceEntry[]): SeasonResults['groups'] {
  const groups = new Map<string, SeasonResults['groups'][number]>();
  for (const entry of entries) {
    const { distance, sex } = entry.race;
    const key = kindKey({ distance, sex });
    const group = groups.get(key) ?? { distance, sex, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].sort(byDistanceAndSex);
}

/** Distances in their listed order, then women before men (the order of the types' lists). */
export function byDistanceAndSex(a: { distance: Race['distance']; sex: RaceCategory }, b: typeof a): number {
  return (
    DISTANCES.indexOf(a.distance) - DISTANCES.indexOf(b.distance) ||
    RACE_CATEGORIES.indexOf(a.sex) - RACE_CATEGORIES.indexOf(b.sex)
  );
}

/** The metric distances a skater has a best on, in order: for a chart per distance. */
export function distancesWithTimes(bests: readonly Best[]): MetricDistance[] {
  return METRIC_DISTANCES.filter((distance) => bests.some((best) => best.distance === distance));
}
