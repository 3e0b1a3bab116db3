import { raceLabel } from './competition-results';
import { worldCupSeasonOf } from './content/world-cup-seasons';
import { paths } from './paths';
import type { SiteModel } from './site-model';
import { seasonFromSlug, seasonSlug } from './skating/seasons';
import { worldCupStandings, type MissingRace, type WorldCupStanding } from './skating/world-cup';
import type { WorldCupSeason } from './skating/world-cup-data';
import type { AthleteRef, Competition, Distance, IsoDay, RaceCategory, WorldCupDivision } from './types';

/**
 * What the World Cup pages render (#20 point 6): plain data from the model's races and the
 * season files, so that each page is a pure function of it (lib/page-data.ts).
 */

export type WorldCupSeasonRef = { label: string; slug: string };

/** A race that counts, as a column of a standing. */
export type WorldCupRaceColumn = {
  key: string;
  date: IsoDay;
  competition: Pick<Competition, 'slug' | 'name' | 'location'>;
};

export type WorldCupRow = {
  place: number;
  name: string;
  athlete?: AthleteRef;
  country?: string;
  points: number;
  /** The points of each race of the standing, in its order; null where none were scored. */
  perRace: (number | null)[];
};

/** A planned race the site has no results of, by the weekend it was planned for. */
export type MissingRaceEntry = { weekend: string; start: IsoDay; end: IsoDay };

export type WorldCupStandingEntry = {
  division: WorldCupDivision;
  races: WorldCupRaceColumn[];
  rows: WorldCupRow[];
  missing: MissingRaceEntry[];
};

/** A distance and category of a season, as its page and the season's page name and find it. */
export type WorldCupKindRef = { slug: string; label: string; distance: Distance; sex: RaceCategory; path: string };

export type WorldCupStandingSummary = WorldCupKindRef & {
  division: WorldCupDivision;
  counted: number;
  missing: MissingRaceEntry[];
  /** The first rows (places 1 to 3, and any sharing place 3). */
  top: WorldCupRow[];
};

export type WorldCupIndexData = { seasons: (WorldCupSeasonRef & { counted: number })[] };

export type WorldCupSeasonPageData = {
  season: WorldCupSeasonRef;
  /** The points tables, per division that has one. */
  points: { division: WorldCupDivision; table: number[] }[];
  divisions: { division: WorldCupDivision; standings: WorldCupStandingSummary[] }[];
  /** The planned weekends, with how many of their races the site has results of. */
  weekends: { name: string; start: IsoDay; end: IsoDay; planned: number; published: number }[];
  /** How many races count, over all standings. */
  counted: number;
};

export type WorldCupStandingPageData = WorldCupKindRef & {
  season: WorldCupSeasonRef;
  divisions: WorldCupStandingEntry[];
};

const TOP_PLACES = 3;

const computed = new WeakMap<SiteModel, Map<string, WorldCupStanding[]>>();

/** A season's standings, computed once per model. */
function standingsOf(model: SiteModel, data: WorldCupSeason): WorldCupStanding[] {
  const bySeason = computed.get(model) ?? new Map<string, WorldCupStanding[]>();
  computed.set(model, bySeason);
  const slug = seasonSlug(data.season);
  let standings = bySeason.get(slug);
  if (!standings) {
    standings = worldCupStandings(model.races, data);
    bySeason.set(slug, standings);
  }
  return standings;
}

function seasonData(model: SiteModel, slug: string): WorldCupSeason | undefined {
  const season = seasonFromSlug(slug);
  return season && model.worldCupSeasons.find((known) => known.season.startYear === season.startYear);
}

function seasonRef(data: WorldCupSeason): WorldCupSeasonRef {
  return { label: data.season.label, slug: seasonSlug(data.season) };
}

function kindRef(season: string, standing: Pick<WorldCupStanding, 'distance' | 'sex'>): WorldCupKindRef {
  const slug = `${standing.distance}-${standing.sex}`;
  return {
    slug,
    label: raceLabel(standing.distance, standing.sex),
    distance: standing.distance,
    sex: standing.sex,
    path: paths.worldCupStanding(season, slug),
  };
}

function rowsOf(standing: WorldCupStanding): WorldCupRow[] {
  return standing.rows.map(({ place, competitor, points, results }) => ({
    place,
    name: competitor.name,
    ...(competitor.athlete ? { athlete: competitor.athlete } : {}),
    ...(competitor.country ? { country: competitor.country } : {}),
    points,
    perRace: standing.counted.map((race) =>
      results
        .filter((result) => result.race.key === race.key)
        .reduce<number | null>((sum, r) => (sum ?? 0) + r.points, null),
    ),
  }));
}

function missingOf(missing: readonly MissingRace[]): MissingRaceEntry[] {
  return missing.map(({ weekend }) => ({ weekend: weekend.name, start: weekend.start, end: weekend.end }));
}

/** Every season the editors keep, newest first, with how many races count. */
export function worldCupIndexData(model: SiteModel): WorldCupIndexData {
  return {
    seasons: [...model.worldCupSeasons].reverse().map((data) => ({
      ...seasonRef(data),
      counted: new Set(standingsOf(model, data).flatMap((standing) => standing.counted.map((race) => race.key))).size,
    })),
  };
}

/** The page of a season (`2025-2026`): every standing's top, what counts and what is missing. */
export function worldCupSeasonPageData(model: SiteModel, slug: string): WorldCupSeasonPageData | undefined {
  const data = seasonData(model, slug);
  if (!data) return undefined;
  const standings = standingsOf(model, data);
  const divisions = [...new Set(standings.map((standing) => standing.division))];
  const worldCupRaces = model.races.filter((race) => race.competition.worldCup);
  return {
    season: seasonRef(data),
    points: divisions.flatMap((division) => {
      const table = data.points[division];
      return table ? [{ division, table }] : [];
    }),
    divisions: divisions.map((division) => ({
      division,
      standings: standings
        .filter((standing) => standing.division === division)
        .map((standing) => ({
          ...kindRef(slug, standing),
          division,
          counted: standing.counted.length,
          missing: missingOf(standing.missing),
          top: rowsOf(standing).filter((row) => row.place <= TOP_PLACES),
        })),
    })),
    weekends: data.weekends.map((weekend) => ({
      name: weekend.name,
      start: weekend.start,
      end: weekend.end,
      planned: weekend.races.length,
      published: worldCupRaces.filter((race) => race.date >= weekend.start && race.date <= weekend.end).length,
    })),
    counted: new Set(standings.flatMap((standing) => standing.counted.map((race) => race.key))).size,
  };
}

/** The page of one distance and category of a season (`500-vrouwen`): its full standing per division. */
export function worldCupStandingPageData(
  model: SiteModel,
  season: string,
  standing: string,
): WorldCupStandingPageData | undefined {
  const data = seasonData(model, season);
  if (!data) return undefined;
  const own = standingsOf(model, data).filter((candidate) => kindRef(season, candidate).slug === standing);
  const [first] = own;
  if (!first) return undefined;
  return {
    ...kindRef(season, first),
    season: seasonRef(data),
    divisions: own.map((entry) => ({
      division: entry.division,
      races: entry.counted.map((race) => ({
        key: race.key,
        date: race.date,
        competition: {
          slug: race.competition.slug,
          name: race.competition.name,
          location: race.competition.location,
        },
      })),
      rows: rowsOf(entry),
      missing: missingOf(entry.missing),
    })),
  };
}

/** Every World Cup page with parameters: each season, and each distance and category of it. */
export function worldCupPageParams(model: SiteModel): { season: string; standing?: string }[] {
  return model.worldCupSeasons.flatMap((data) => {
    const season = seasonSlug(data.season);
    const kinds = new Set(standingsOf(model, data).map((standing) => kindRef(season, standing).slug));
    return [{ season }, ...[...kinds].map((standing) => ({ season, standing }))];
  });
}

/** Where a World Cup competition's standings are, when the site has the season's data. */
export function worldCupLinkOf(
  model: SiteModel,
  competition: Competition,
): { division: WorldCupDivision; season: WorldCupSeasonRef; path: string } | undefined {
  const division = competition.worldCup?.division;
  const data = worldCupSeasonOf(competition, model.worldCupSeasons);
  if (!division || !data) return undefined;
  const season = seasonRef(data);
  return { division, season, path: paths.worldCupSeason(season.slug) };
}
