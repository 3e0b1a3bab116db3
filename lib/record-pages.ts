import { paths } from './paths';
import { ADELSKALENDER_DISTANCES, adelskalender, type AdelskalenderEntry } from './skating/adelskalender';
import type { CountryOf } from './skating/markers';
import type { Placed } from './skating/ranking';
import { nationalRecords, seasonLists, seasonsWithRaces, trackRecords, worldRecords } from './skating/records';
import { seasonOf, seasonSlug, type Season } from './skating/seasons';
import type { MetricDistance } from './skating/times';
import type { SiteModel } from './site-model';
import { RACE_CATEGORIES } from './types';
import type { AthleteRef, Distance, IsoDay, Race, RaceCategory, RaceTime, ResultRow } from './types';

/**
 * What the record pages (/records/, /seizoen/, /adelskalender/) render, as plain data: the
 * statistics of lib/skating/ over the site's races, each time with the race it was skated in.
 * Serialisable, so a season's page can be fingerprinted (docs/decisions/0023-incremental-builds.md).
 */

/** The race a listed time was skated in: the article that published it, the competition and the day. */
export type ListedRace = {
  title: string;
  day: IsoDay;
  article: { slug: string; title: string };
  competition: { slug: string; name: string };
};

/** One time in a record or season list. */
export type ListedEntry = {
  distance: Distance;
  sex: RaceCategory;
  name: string;
  athlete?: AthleteRef;
  country?: string;
  time: RaceTime;
  race: ListedRace;
  /** The place in a ranked list (equal times share it); absent in a list of records. */
  place?: number;
};

export type VenueRecordList = { venue: string; records: ListedEntry[] };

export type RecordsPageData = { world: ListedEntry[]; national: ListedEntry[]; venues: VenueRecordList[] };

export type SeasonListData = { distance: MetricDistance; sex: RaceCategory; entries: ListedEntry[] };

/** A season's best times (/seizoen/<slug>/): per metric distance and category, each skater once. */
export type SeasonPageData = { season: { slug: string; label: string }; lists: SeasonListData[] };

/** A season in the index of seasons: where its lists are and how many races they come from. */
export type SeasonIndexEntry = { path: string; label: string; races: number };

export type AdelskalenderPart = { distance: MetricDistance; time: RaceTime; points: number; race: ListedRace };

export type AdelskalenderLine = {
  place: number;
  athlete: AthleteRef;
  country?: string;
  parts: AdelskalenderPart[];
  /** The sum of the four distances' points, in thousandths (lib/skating/samalog.ts). */
  points: number;
};

export type AdelskalenderCategory = {
  sex: RaceCategory;
  distances: readonly MetricDistance[];
  entries: AdelskalenderLine[];
};

/** Women first, as every list of the site has them. */
export type AdelskalenderPageData = { categories: AdelskalenderCategory[] };

/** A skater's country from their file: for rows that name none. */
export function countryOfModel(model: SiteModel): CountryOf {
  return (slug) => model.athlete(slug)?.country;
}

export function listedRace(race: Race): ListedRace {
  return {
    title: race.title,
    day: race.date,
    article: { slug: race.article.slug, title: race.article.title },
    competition: { slug: race.competition.slug, name: race.competition.name },
  };
}

function listedEntry(race: Race, row: ResultRow, time: RaceTime, countryOf: CountryOf, place?: number): ListedEntry {
  const country = row.country ?? (row.athlete ? countryOf(row.athlete.slug) : undefined);
  return {
    distance: race.distance,
    sex: race.sex,
    name: row.name,
    ...(row.athlete ? { athlete: row.athlete } : {}),
    ...(country ? { country } : {}),
    time,
    race: listedRace(race),
    ...(place !== undefined ? { place } : {}),
  };
}

/** World, Dutch and track records as the site knows them. */
export function recordsData(races: readonly Race[], countryOf: CountryOf): RecordsPageData {
  const entry = ({ race, row, time }: { race: Race; row: ResultRow; time: RaceTime }) =>
    listedEntry(race, row, time, countryOf);
  return {
    world: worldRecords(races).map(entry),
    national: nationalRecords(races, countryOf).map(entry),
    venues: trackRecords(races).map(({ venue, records }) => ({ venue, records: records.map(entry) })),
  };
}

export function recordsPageData(model: SiteModel): RecordsPageData {
  return recordsData(model.races, countryOfModel(model));
}

/** A season's lists: the ten best of each distance and category (ties at the tenth place all stay). */
export function seasonData(races: readonly Race[], season: Season, countryOf: CountryOf): SeasonPageData {
  return {
    season: { slug: seasonSlug(season), label: season.label },
    lists: seasonLists(races, season).map(({ distance, sex, entries }) => ({
      distance,
      sex,
      entries: entries.map(({ race, row, time, place }) => listedEntry(race, row, time, countryOf, place)),
    })),
  };
}

/** Every season with races, newest first. */
export function seasonIndex(races: readonly Race[]): SeasonIndexEntry[] {
  return seasonsWithRaces(races).map((season) => ({
    path: paths.season(seasonSlug(season)),
    label: season.label,
    races: races.filter((race) => seasonOf(race.date).startYear === season.startYear).length,
  }));
}

/** The Adelskalender of both categories over the skaters' personal bests. */
export function adelskalenderData(races: readonly Race[], countryOf: CountryOf): AdelskalenderPageData {
  return {
    categories: RACE_CATEGORIES.map((sex) => ({
      sex,
      distances: ADELSKALENDER_DISTANCES[sex],
      entries: adelskalender(races, sex).map((entry) => adelskalenderLine(entry, countryOf)),
    })),
  };
}

export function adelskalenderPageData(model: SiteModel): AdelskalenderPageData {
  return adelskalenderData(model.races, countryOfModel(model));
}

function adelskalenderLine({ athlete, samalog, place }: Placed<AdelskalenderEntry>, countryOf: CountryOf) {
  const country =
    countryOf(athlete.slug) ??
    samalog.parts.find((part) => part.best.performance.row.country)?.best.performance.row.country;
  return {
    place,
    athlete,
    ...(country ? { country } : {}),
    parts: samalog.parts.map(({ best, points }) => ({
      distance: best.distance,
      time: best.performance.time,
      points,
      race: listedRace(best.performance.race),
    })),
    points: samalog.points,
  } satisfies AdelskalenderLine;
}

/** The last change of what the races' pages show: the newest change of an article with one of the races. */
export function racesModified(races: readonly Race[]): Date | undefined {
  let newest: Date | undefined;
  for (const race of races) if (!newest || race.article.modified > newest) newest = race.article.modified;
  return newest;
}
