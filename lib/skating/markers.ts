import { formatRaceTime } from '../race-time';
import { RECORD_MARKERS, type Race, type RecordMarker, type ResultRow } from '../types';
import { seasonYear } from './seasons';
import { compareTimes, hasValidTime, inRaceOrder, isIndividualTime, kindKey, type TimedRow } from './times';

/** The country a skater rides for, from her file: for rows that do not name one. */
export type CountryOf = (athleteSlug: string) => string | undefined;

/** A best so far: the time, and where it was set. */
export type Holder = { time: TimedRow['time']; race: Race; row: ResultRow };

/** The bests a row is measured against: those of the races before its own. */
type Before = { personal?: Holder; season?: Holder; venue?: Holder; national?: Holder };

type Visit = (race: Race, row: ResultRow, rowIndex: number, context: RowContext) => void;

type RowContext = {
  before: Before;
  /** True when no other row of the same race is faster at the venue / of the same country (equal ones share). */
  fastestInRace: { venue: boolean; national: boolean };
  individual: boolean;
};

/** The computed markers of a race's rows, by race key, one list per row in the table's order. */
export type ComputedMarkers = Map<string, RecordMarker[][]>;

/**
 * What every row was at the time, from the site's own history: PR, SB, BR (best at the venue)
 * and NR (best of the skater's country), per distance and category. A row needs an earlier
 * time to beat: the first time the site knows of a skater, at a venue or of a country gets
 * no marker, since the site cannot tell it from a slow day (Leerdam's 37,35 is no PR). Beating
 * means strictly faster: an equal time does not take a record, the earlier one stands. The
 * one exception is SB: a PR is the season's best too, even as the season's first known time.
 * BR and NR also go to team events; the mass start is no race against the clock and gets none.
 */
export function computeMarkers(races: readonly Race[], countryOf: CountryOf): ComputedMarkers {
  const computed: ComputedMarkers = new Map();
  walkHistory(races, countryOf, (race, row, rowIndex, { before, fastestInRace, individual }) => {
    const markers = new Set<RecordMarker>();
    const time = hasValidTime(row) ? row.time : undefined;
    const beats = (holder: Holder | undefined) =>
      time !== undefined && holder !== undefined && compareTimes(time, holder.time) < 0;
    if (individual && beats(before.personal)) markers.add('PR').add('SB');
    if (individual && beats(before.season)) markers.add('SB');
    if (fastestInRace.venue && beats(before.venue)) markers.add('BR');
    if (fastestInRace.national && beats(before.national)) markers.add('NR');
    const list = computed.get(race.key) ?? race.rows.map(() => []);
    list[rowIndex] = RECORD_MARKERS.filter((marker) => markers.has(marker));
    computed.set(race.key, list);
  });
  return computed;
}

/** The markers a table shows for a row: the editor's when she wrote any, otherwise the computed ones. */
export function shownMarkers(row: ResultRow, computed: readonly RecordMarker[] | undefined): RecordMarker[] {
  return row.records.length > 0 ? row.records : [...(computed ?? [])];
}

/** A written PR or SB that the site's history contradicts. */
export type MarkerDisagreement = { race: Race; row: ResultRow; rowIndex: number; marker: 'PR' | 'SB'; message: string };

/**
 * Written PRs and SBs that an earlier time on the site contradicts, with a message for `npm run
 * check` in Dutch: "PR geschreven, maar 37,35 is langzamer dan haar PR 36,98 van 2024-12-07".
 * A written SB is only checked when no PR was written: a wrong PR says enough. Returns data; the
 * caller places it at the table's file and line.
 */
export function markerDisagreements(races: readonly Race[]): MarkerDisagreement[] {
  const found: MarkerDisagreement[] = [];
  walkHistory(
    races,
    () => undefined,
    (race, row, rowIndex, { before, individual }) => {
      if (!individual || !hasValidTime(row)) return;
      const marker = row.records.includes('PR') ? 'PR' : row.records.includes('SB') ? 'SB' : undefined;
      const holder = marker === 'PR' ? before.personal : marker === 'SB' ? before.season : undefined;
      if (!marker || !holder || compareTimes(row.time, holder.time) < 0) return;
      found.push({ race, row, rowIndex, marker, message: disagreement(marker, row.time, holder, race) });
    },
  );
  return found;
}

function disagreement(marker: 'PR' | 'SB', time: Holder['time'], holder: Holder, race: Race): string {
  const own = race.sex === 'vrouwen' ? 'haar' : 'zijn';
  const earlier = `${own} ${marker} ${formatRaceTime(holder.time)} van ${holder.race.date}`;
  const written = formatRaceTime(time);
  return compareTimes(time, holder.time) === 0
    ? `${marker} geschreven, maar ${written} is even snel als ${earlier}, en de eerdere tijd blijft staan`
    : `${marker} geschreven, maar ${written} is langzamer dan ${earlier}`;
}

/**
 * Walks the races in the order skated, showing each row the bests of the races before its own,
 * then takes the race's times into those bests. Rows of one race never see each other: the
 * site does not know which pair skated first.
 */
function walkHistory(races: readonly Race[], countryOf: CountryOf, visit: Visit): void {
  const bests = new Map<string, Holder>();
  for (const race of inRaceOrder(races)) {
    if (race.distance === 'massastart') continue;
    const keys = race.rows.map((row) => keysOf(race, row, countryOf));
    race.rows.forEach((row, rowIndex) => {
      const own = keys[rowIndex]!;
      const get = (key: string | undefined) => (key === undefined ? undefined : bests.get(key));
      visit(race, row, rowIndex, {
        before: {
          personal: get(own.personal),
          season: get(own.season),
          venue: get(own.venue),
          national: get(own.national),
        },
        fastestInRace: {
          venue: fastestAmong(race, row, () => true),
          national:
            own.national !== undefined && fastestAmong(race, row, (_, index) => keys[index]?.national === own.national),
        },
        individual: own.personal !== undefined,
      });
    });
    race.rows.forEach((row, rowIndex) => {
      if (!hasValidTime(row)) return;
      for (const key of Object.values(keys[rowIndex]!)) improve(bests, key, { time: row.time, race, row });
    });
  }
}

type HistoryKeys = { personal?: string; season?: string; venue: string; national?: string };

function keysOf(race: Race, row: ResultRow, countryOf: CountryOf): HistoryKeys {
  const kind = kindKey(race);
  const country = row.country ?? (row.athlete ? countryOf(row.athlete.slug) : undefined);
  const skater = isIndividualTime(race, row) ? `skater:${row.athlete.slug}/${kind}` : undefined;
  return {
    ...(skater ? { personal: skater, season: `${skater}/${seasonYear(race.date)}` } : {}),
    venue: `venue:${race.competition.venue ?? race.competition.location}/${kind}`,
    ...(country ? { national: `country:${country}/${kind}` } : {}),
  };
}

function improve(bests: Map<string, Holder>, key: string | undefined, candidate: Holder): void {
  if (key === undefined) return;
  const current = bests.get(key);
  if (!current || compareTimes(candidate.time, current.time) < 0) bests.set(key, candidate);
}

function fastestAmong(race: Race, row: ResultRow, counts: (other: ResultRow, index: number) => boolean): boolean {
  if (!hasValidTime(row)) return false;
  return race.rows.every(
    (other, index) => !counts(other, index) || !hasValidTime(other) || compareTimes(other.time, row.time) >= 0,
  );
}
