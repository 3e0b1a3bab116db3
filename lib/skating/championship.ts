import type { AthleteRef, Championship, Race, RaceCategory, RaceTime, ResultRow } from '../types';
import { ADELSKALENDER_DISTANCES } from './adelskalender';
import { placeByNumber, type Placed } from './ranking';
import { samalogPoints, sumPoints } from './samalog';
import { hasValidTime, inRaceOrder, type MetricDistance } from './times';

/**
 * The distances of each championship's classification, in the order they count: the allround
 * championships' big combination (the Adelskalender's four), the sprint's 500 and 1000 twice.
 */
export const CHAMPIONSHIP_DISTANCES: Record<Championship, Record<RaceCategory, readonly MetricDistance[]>> = {
  allround: ADELSKALENDER_DISTANCES,
  sprint: { vrouwen: ['500', '1000', '500', '1000'], mannen: ['500', '1000', '500', '1000'] },
};

/** A skater's time and samalog points (thousandths) on one distance of the combination. */
export type ClassificationPart = { time: RaceTime; points: number };

export type ClassificationEntry = {
  name: string;
  athlete?: AthleteRef;
  country?: string;
  /** One per race of the classification, in its order. */
  parts: ClassificationPart[];
  /** The sum of the parts' points, each cut to thousandths first. */
  points: number;
};

export type ChampionshipClassification = {
  championship: Championship;
  sex: RaceCategory;
  /** The races that count, in the combination's order: the classification's columns. */
  races: Race[];
  /** The skaters with a time on every race, the lowest sum first; equal sums share a place, in name order. */
  rows: Placed<ClassificationEntry>[];
  /** How many skaters have a time on some of the races but not all: they are not classified. */
  incomplete: number;
};

/**
 * The classification of an allround or sprint championship in one category, from its races:
 * the samalog points of each distance (the 1000 m counts half its time), summed. Undefined
 * when the competition has no race of a distance of the combination: the site cannot rank it.
 * A skater counts with a valid time (no DQ, DNF, DNS) on every race; team rows never count.
 */
export function championshipClassification(
  races: readonly Race[],
  championship: Championship,
  sex: RaceCategory,
): ChampionshipClassification | undefined {
  const slots = combinationRaces(races, CHAMPIONSHIP_DISTANCES[championship][sex], sex);
  if (!slots) return undefined;
  const timesBySkater = new Map<string, { row: ResultRow; parts: (ClassificationPart | undefined)[] }>();
  slots.forEach(({ race, distance }, index) => {
    for (const row of race.rows) {
      if (row.members.length > 0 || !hasValidTime(row)) continue;
      const key = row.athlete ? `schaatser:${row.athlete.slug}` : `naam:${row.name}`;
      const entry = timesBySkater.get(key) ?? { row, parts: slots.map(() => undefined) };
      entry.parts[index] = { time: row.time, points: samalogPoints(row.time, distance) };
      timesBySkater.set(key, entry);
    }
  });
  const complete: ClassificationEntry[] = [];
  for (const { row, parts } of timesBySkater.values()) {
    const all = parts.filter((part): part is ClassificationPart => part !== undefined);
    if (all.length < slots.length) continue;
    complete.push({
      name: row.athlete?.name ?? row.name,
      ...(row.athlete ? { athlete: row.athlete } : {}),
      ...(row.country ? { country: row.country } : {}),
      parts: all,
      points: sumPoints(all.map((part) => part.points)),
    });
  }
  return {
    championship,
    sex,
    races: slots.map((slot) => slot.race),
    rows: placeByNumber(
      complete,
      (entry) => entry.points,
      (a, b) => a.name.localeCompare(b.name, 'nl'),
    ),
    incomplete: timesBySkater.size - complete.length,
  };
}

/** Each distance of the combination matched to a race of it, a distance listed twice to its second race. */
function combinationRaces(
  races: readonly Race[],
  distances: readonly MetricDistance[],
  sex: RaceCategory,
): { race: Race; distance: MetricDistance }[] | undefined {
  const ordered = inRaceOrder(races).filter((race) => race.sex === sex);
  const slots: { race: Race; distance: MetricDistance }[] = [];
  for (const [index, distance] of distances.entries()) {
    const earlier = distances.slice(0, index).filter((known) => known === distance).length;
    const race = ordered.filter((candidate) => candidate.distance === distance)[earlier];
    if (!race) return undefined;
    slots.push({ race, distance });
  }
  return slots;
}
