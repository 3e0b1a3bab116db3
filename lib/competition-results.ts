import { formatDayNl } from './dates';
import type { PublishedResultsEntry } from './page-data';
import type { PublishedResults } from './site-model';
import { byDistanceAndSex } from './skating/bests';
import type { Distance, IsoDay, Race, RaceCategory, RecordMarker } from './types';

/** A competition page's results tables, by day and distance (#20 point 8). */

/** One race's table on a competition page: its anchor for the jump list and its name there. */
export type CompetitionRaceEntry = PublishedResultsEntry & {
  id: string;
  label: string;
  distance: Distance;
  sex: RaceCategory;
};

/** A day of the competition with its races, in the order of the distances, women before men. */
export type CompetitionDay = { day: IsoDay; id: string; label: string; races: CompetitionRaceEntry[] };

/**
 * Races by day (first day first) and distance; the tables that are no race (classifications)
 * apart, as published. `markersOf` gives a race's computed markers worth showing (#20 point 4).
 */
export function resultsByDay(
  results: readonly PublishedResults[],
  markersOf: (race: Race) => RecordMarker[][] | undefined = () => undefined,
): {
  days: CompetitionDay[];
  others: PublishedResultsEntry[];
} {
  const byDay = new Map<IsoDay, CompetitionRaceEntry[]>();
  const others: PublishedResultsEntry[] = [];
  for (const { article, block, race } of results) {
    const computedMarkers = race ? markersOf(race) : undefined;
    const entry = {
      article: { slug: article.slug, title: article.title },
      block,
      ...(computedMarkers ? { computedMarkers } : {}),
    };
    if (!race) {
      others.push(entry);
      continue;
    }
    const races = byDay.get(race.date) ?? [];
    races.push({
      ...entry,
      id: `uitslag-${race.date}-${race.distance}-${race.sex}`,
      label: raceLabel(race.distance, race.sex),
      distance: race.distance,
      sex: race.sex,
    });
    byDay.set(race.date, races);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, races]) => ({
      day,
      id: `dag-${day}`,
      label: capitalised(formatDayNl(day)),
      races: races.sort(byDistanceAndSex),
    }));
  return { days, others };
}

/** How a distance in a category is named in lists and headings: "500 meter vrouwen", "Massastart mannen". */
export function raceLabel(distance: Distance, sex: RaceCategory): string {
  return /^\d+$/.test(distance) ? `${distance} meter ${sex}` : `${capitalised(distance)} ${sex}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
