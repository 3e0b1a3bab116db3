import type { CountryOf } from './markers';
import { seasonOf, type Season } from './seasons';
import { placeByTime, type Placed } from './ranking';
import { byDistanceAndSex } from './bests';
import {
  compareRaces,
  compareTimes,
  hasValidTime,
  inRaceOrder,
  isMetricDistance,
  kindKey,
  type MetricDistance,
  type TimedRow,
} from './times';
import type { Distance, Race, RaceCategory, RaceTime, ResultRow } from '../types';

/** A time in a list of records: the row, the race and its article. */
export type RecordEntry = { distance: Distance; sex: RaceCategory; race: Race; row: ResultRow; time: RaceTime };

/** The records of one venue (`competition.venue`, or the place when there is no venue). */
export type VenueRecords = { venue: string; records: RecordEntry[] };

/**
 * One skater's time in a list. `skater` tells skaters apart: the athlete slug, or the name as
 * written for a skater without a file (a list without the world's best but unlinked would mislead).
 */
export type ListedTime = { race: Race; row: ResultRow; distance: MetricDistance; time: RaceTime; skater: string };

/** The season's list on one distance: one entry per skater, her best. */
export type SeasonList = { distance: MetricDistance; sex: RaceCategory; entries: Placed<ListedTime>[] };

/**
 * The latest row the editors marked with a world record (`WR`) per distance and category: the
 * record as the site knows it, newest race first wins. Rows without a valid time are passed by.
 */
export function worldRecords(races: readonly Race[]): RecordEntry[] {
  return latestMarked(races, ['WR'], () => true);
}

/**
 * The latest row marked as a national record (`NR`) of one country (by default the Netherlands)
 * per distance and category. A world record (`WR`) of the country's skater is its national
 * record too: editors write only the WR then (Kok's 36,09 on 16 November 2025 is marked WR alone).
 * The country is the row's, or the skater's file's when the row names none.
 */
export function nationalRecords(races: readonly Race[], countryOf: CountryOf, country = 'NED'): RecordEntry[] {
  return latestMarked(
    races,
    ['WR', 'NR'],
    (row) => (row.country ?? (row.athlete ? countryOf(row.athlete.slug) : undefined)) === country,
  );
}

function latestMarked(
  races: readonly Race[],
  markers: readonly ('WR' | 'NR')[],
  counts: (row: ResultRow) => boolean,
): RecordEntry[] {
  const latest = new Map<string, RecordEntry>();
  for (const race of inRaceOrder(races)) {
    for (const row of race.rows) {
      const marked = markers.some((marker) => row.records.includes(marker));
      if (marked && hasValidTime(row) && counts(row)) latest.set(kindKey(race), entryOf(race, row));
    }
  }
  return [...latest.values()].sort(byDistanceAndSex);
}

/**
 * The fastest time per venue, distance and category the site knows, with equal times leaving
 * the earlier one standing. Venues in alphabetical order; the mass start has no records.
 */
export function trackRecords(races: readonly Race[]): VenueRecords[] {
  const venues = new Map<string, Map<string, RecordEntry>>();
  for (const race of inRaceOrder(races)) {
    if (race.distance === 'massastart') continue;
    const venue = race.competition.venue ?? race.competition.location;
    const records = venues.get(venue) ?? new Map<string, RecordEntry>();
    venues.set(venue, records);
    for (const row of race.rows) {
      const current = records.get(kindKey(race));
      if (hasValidTime(row) && (!current || compareTimes(row.time, current.time) < 0))
        records.set(kindKey(race), entryOf(race, row));
    }
  }
  return [...venues]
    .filter(([, records]) => records.size > 0)
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([venue, records]) => ({ venue, records: [...records.values()].sort(byDistanceAndSex) }));
}

/**
 * A season's best times per metric distance and category: each skater once, with her fastest
 * time of the season (the earlier of equal ones), fastest first, equal times sharing a place,
 * at most `limit` places deep (ties at the last place all stay). Team rows never count.
 */
export function seasonLists(races: readonly Race[], season: Season, limit = 10): SeasonList[] {
  const inSeason = races.filter((race) => seasonOf(race.date).startYear === season.startYear);
  const lists: SeasonList[] = [];
  for (const times of bestPerSkater(listedTimes(inSeason)).values()) {
    const [first] = times;
    if (!first) continue;
    const entries = placeByTime(
      times,
      (entry) => entry.time,
      (a, b) => compareRaces(a.race, b.race),
    );
    lists.push({
      distance: first.distance,
      sex: first.race.sex,
      entries: entries.filter((entry) => entry.place <= limit),
    });
  }
  return lists.sort(byDistanceAndSex);
}

function listedTimes(races: readonly Race[]): ListedTime[] {
  const times: ListedTime[] = [];
  for (const race of inRaceOrder(races)) {
    const distance = race.distance;
    if (!isMetricDistance(distance)) continue;
    for (const row of race.rows) {
      if (row.members.length > 0 || !hasValidTime(row)) continue;
      times.push({ race, row, distance, time: row.time, skater: row.athlete ? row.athlete.slug : `naam:${row.name}` });
    }
  }
  return times;
}

/** Per distance and category, each skater's fastest time (the earlier of equal ones). */
function bestPerSkater(times: readonly ListedTime[]): Map<string, ListedTime[]> {
  const bests = new Map<string, Map<string, ListedTime>>();
  for (const time of times) {
    const kind = kindKey({ distance: time.distance, sex: time.race.sex });
    const skaters = bests.get(kind) ?? new Map<string, ListedTime>();
    bests.set(kind, skaters);
    const current = skaters.get(time.skater);
    if (!current || compareTimes(time.time, current.time) < 0) skaters.set(time.skater, time);
  }
  return new Map([...bests].map(([kind, skaters]) => [kind, [...skaters.values()]]));
}

/** The seasons the site has races of, newest first: the `/seizoen/` pages to build. */
export function seasonsWithRaces(races: readonly Race[]): Season[] {
  const seasons = new Map(races.map((race) => [seasonOf(race.date).startYear, seasonOf(race.date)]));
  return [...seasons.values()].sort((a, b) => b.startYear - a.startYear);
}

function entryOf(race: Race, row: TimedRow): RecordEntry {
  return { distance: race.distance, sex: race.sex, race, row, time: row.time };
}
