import { WORLD_CUP_DIVISIONS, type AthleteRef, type Race, type ResultRow, type WorldCupDivision } from '../types';
import { byDistanceAndSex } from './bests';
import { placeByNumber, type Placed } from './ranking';
import { seasonYear, type Season } from './seasons';
import { inRaceOrder, isTeamDistance, kindKey, type RaceKind } from './times';
import type { PlannedWeekend, WorldCupSeason } from './world-cup-data';

/** A race with the headers of its table's extra columns, where a mass start keeps its points (`Race` has them). */
export type WorldCupRace = Race & { extraColumns?: readonly string[] };

/** A planned race of the season that the site has no results of. */
export type MissingRace = RaceKind & { weekend: PlannedWeekend; division: WorldCupDivision };

/** Who scores: a skater (by athlete slug, or the name as written) or, in a team event, a country's team. */
export type Competitor = { key: string; name: string; athlete?: AthleteRef; country?: string };

export type StandingRow = {
  competitor: Competitor;
  points: number;
  results: { race: Race; row: ResultRow; points: number }[];
};

/** One World Cup classification: a distance, a category and a division of one season. */
export type WorldCupStanding = RaceKind & {
  season: Season;
  division: WorldCupDivision;
  rows: Placed<StandingRow>[];
  /** The site's races that count, in the order skated. */
  counted: Race[];
  /** The planned races the site has no results of. */
  missing: MissingRace[];
};

/** Headers of a points column, as editors write them. */
const POINTS_HEADER = /^(punten|ptn\.?|pnt\.?|pts\.?|wb-punten)$/i;

/**
 * The World Cup standings of a season, for each division with a points table and each distance
 * and category planned or raced. A race counts when its competition is marked as a World Cup of
 * that division and its day is in the season. A place earns the table's points for that place
 * (equal places equal points); DQ, DNF and DNS earn nothing. A mass start takes the points in its
 * table's points column (Punten, Ptn) and, without one, the table's points for the place.
 * Equal totals share a place, in name order: the ISU's tie-breaks need results the site lacks.
 */
export function worldCupStandings(races: readonly WorldCupRace[], data: WorldCupSeason): WorldCupStanding[] {
  const standings: WorldCupStanding[] = [];
  for (const division of WORLD_CUP_DIVISIONS) {
    const table = data.points[division];
    if (!table) continue;
    const counted = inRaceOrder(races).filter(
      (race) => race.competition.worldCup?.division === division && seasonYear(race.date) === data.season.startYear,
    );
    for (const kind of kindsOf(counted, data.weekends)) {
      const own = counted.filter((race) => race.distance === kind.distance && race.sex === kind.sex);
      standings.push({
        ...kind,
        season: data.season,
        division,
        rows: standingRows(own, table),
        counted: own,
        missing: missingRaces(own, data.weekends, kind, division),
      });
    }
  }
  return standings;
}

/** Every distance and category that is planned or was raced, in the order of the distances, women first. */
function kindsOf(races: readonly Race[], weekends: readonly PlannedWeekend[]): RaceKind[] {
  const kinds = new Map<string, RaceKind>();
  for (const kind of [...weekends.flatMap((weekend) => weekend.races), ...races]) {
    kinds.set(kindKey(kind), { distance: kind.distance, sex: kind.sex });
  }
  return [...kinds.values()].sort(byDistanceAndSex);
}

function standingRows(races: readonly WorldCupRace[], table: readonly number[]): Placed<StandingRow>[] {
  const rows = new Map<string, StandingRow>();
  for (const race of races) {
    const column = race.distance === 'massastart' ? pointsColumn(race) : undefined;
    for (const row of race.rows) {
      const points = column === undefined ? placePoints(row, table) : columnPoints(row, column);
      if (points <= 0) continue;
      const competitor = competitorOf(race, row);
      const standing = rows.get(competitor.key) ?? { competitor, points: 0, results: [] };
      standing.points += points;
      standing.results.push({ race, row, points });
      rows.set(competitor.key, standing);
    }
  }
  return placeByNumber(
    [...rows.values()],
    (row) => -row.points,
    (a, b) => a.competitor.name.localeCompare(b.competitor.name, 'nl'),
  );
}

function pointsColumn(race: WorldCupRace): number | undefined {
  const index = race.extraColumns?.findIndex((header) => POINTS_HEADER.test(header.trim())) ?? -1;
  return index >= 0 ? index : undefined;
}

function placePoints(row: ResultRow, table: readonly number[]): number {
  if (row.status !== undefined || row.position === undefined) return 0;
  return table[row.position - 1] ?? 0;
}

function columnPoints(row: ResultRow, column: number): number {
  const cell = row.extra[column]?.trim() ?? '';
  return row.status === undefined && /^\d+$/.test(cell) ? Number(cell) : 0;
}

function competitorOf(race: Race, row: ResultRow): Competitor {
  const country = row.country ? { country: row.country } : {};
  if (isTeamDistance(race.distance) || row.members.length > 0) {
    return { key: `team:${row.country ?? row.name}`, name: row.name, ...country };
  }
  if (row.athlete) return { key: row.athlete.slug, name: row.athlete.name, athlete: row.athlete, ...country };
  return { key: `naam:${row.name}`, name: row.name, ...country };
}

/** Per weekend, as many of the planned races of this kind as the site has no race of on those days. */
function missingRaces(
  races: readonly Race[],
  weekends: readonly PlannedWeekend[],
  kind: RaceKind,
  division: WorldCupDivision,
): MissingRace[] {
  const missing: MissingRace[] = [];
  for (const weekend of weekends) {
    const planned = weekend.races.filter((race) => kindKey(race) === kindKey(kind)).length;
    const published = races.filter((race) => race.date >= weekend.start && race.date <= weekend.end).length;
    for (let count = published; count < planned; count++) missing.push({ ...kind, weekend, division });
  }
  return missing;
}

/** The standings of one distance, category and division, if the season has it. */
export function findStanding(
  standings: readonly WorldCupStanding[],
  kind: RaceKind,
  division: WorldCupDivision,
): WorldCupStanding | undefined {
  return standings.find((standing) => kindKey(standing) === kindKey(kind) && standing.division === division);
}
