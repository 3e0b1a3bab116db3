import type { AthleteRef, Race, RaceCategory } from '../types';
import { personalBestsByAthlete, type Best } from './bests';
import { placeByNumber, type Placed } from './ranking';
import { samalogPoints, sumPoints } from './samalog';
import type { MetricDistance } from './times';

/** The Adelskalender's four distances: the big allround combination of each category. */
export const ADELSKALENDER_DISTANCES: Record<RaceCategory, readonly MetricDistance[]> = {
  mannen: ['500', '1500', '5000', '10000'],
  vrouwen: ['500', '1500', '3000', '5000'],
};

/** A skater's samalog of her personal bests: the four bests with their points, and the sum (thousandths). */
export type Samalog = { parts: { best: Best; points: number }[]; points: number };

export type AdelskalenderEntry = { athlete: AthleteRef; samalog: Samalog };

/**
 * The samalog of a skater's bests over the combination of her category, or undefined when a
 * distance is missing. Each distance's points are cut to three decimals before they are summed.
 */
export function samalogOfBests(bests: readonly Best[], sex: RaceCategory): Samalog | undefined {
  const parts: Samalog['parts'] = [];
  for (const distance of ADELSKALENDER_DISTANCES[sex]) {
    const best = bests.find((candidate) => candidate.distance === distance && candidate.sex === sex);
    if (!best) return undefined;
    parts.push({ best, points: samalogPoints(best.performance.time, distance) });
  }
  return { parts, points: sumPoints(parts.map((part) => part.points)) };
}

/**
 * The Adelskalender of one category as the site knows it: every skater with a personal best on
 * all four distances, the lowest sum first, equal sums sharing a place (in name order).
 */
export function adelskalender(races: readonly Race[], sex: RaceCategory): Placed<AdelskalenderEntry>[] {
  const entries: AdelskalenderEntry[] = [];
  for (const bests of personalBestsByAthlete(races).values()) {
    const samalog = samalogOfBests(bests, sex);
    const athlete = bests[0]?.performance.athlete;
    if (samalog && athlete) entries.push({ athlete, samalog });
  }
  return placeByNumber(
    entries,
    (entry) => entry.samalog.points,
    (a, b) => a.athlete.name.localeCompare(b.athlete.name, 'nl'),
  );
}
