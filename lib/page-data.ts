import { dayInSiteZone } from './calendar/days';
import { isComing } from './calendar/seasons';
import { frontPage, type Page } from './pagination';
import type { Season } from './calendar/seasons';
import {
  personalBests,
  progression,
  resultsBySeason,
  seasonBests,
  type Best,
  type ProgressionPoint,
  type RaceEntry,
  type SeasonBests,
} from './skating/bests';
import { samalogOfBests, type Samalog } from './skating/adelskalender';
import { ageOn, seasonOf } from './skating/seasons';
import type { MetricDistance } from './skating/times';
import {
  RACE_CATEGORIES,
  type Article,
  type Author,
  type Athlete,
  type Championship,
  type Competition,
  type Distance,
  type IsoDay,
  type Race,
  type RaceCategory,
  type RaceTime,
  type RecordMarker,
  type ResultRow,
  type ResultsBlock,
  type WorldCupDivision,
} from './types';
import type { AthleteResult, PublishedResults, SiteModel } from './site-model';
import { resultsByDay, type CompetitionDay } from './competition-results';
import { championshipClassification, type ClassificationEntry } from './skating/championship';
import type { Placed } from './skating/ranking';
import { worldCupLinkOf, type WorldCupSeasonRef } from './world-cup-pages';
import { countryOfModel, seasonData, type SeasonPageData } from './record-pages';
import { seasonsWithRaces } from './skating/records';
import { seasonFromSlug } from './skating/seasons';

/**
 * What each page with parameters renders, as plain data the site model computes. A page is a
 * pure function of its data and the code, so a build may reuse a page whose data did not
 * change (docs/decisions/0023-incremental-builds.md). Pages render from these and nothing else.
 */

/** What a card in a list shows of an article. */
export type ArticleTeaser = Pick<
  Article,
  'slug' | 'title' | 'summary' | 'category' | 'date' | 'datePrecision' | 'status' | 'image'
> & { author: Pick<Author, 'column'> };

/** A skater's result as their page lists it. */
export type AthleteResultEntry = {
  article: Pick<Article, 'slug' | 'date'>;
  block: Pick<ResultsBlock, 'title'>;
  competition?: Pick<Competition, 'slug' | 'name'>;
  /** The race's day, where the table says what race it is: shown instead of the article's date. */
  day?: IsoDay;
  row: ResultRow;
  asTeamMember: boolean;
};

/**
 * A results table with the article it stands in; `computedMarkers` (one list per row) when it is
 * the table the site shows of a race and the site's history gives a row a marker.
 */
export type PublishedResultsEntry = {
  article: Pick<Article, 'slug' | 'title'>;
  block: ResultsBlock;
  computedMarkers?: RecordMarker[][];
};

export type ArticlePageData =
  | {
      kind: 'article';
      article: Article;
      related: ArticleTeaser[];
      /** By the index of a results block in the body: the markers the site's history gives its rows, where any. */
      computedMarkers: Record<number, RecordMarker[][]>;
    }
  /** An old slug of the article: a page that forwards to it. */
  | { kind: 'alias'; target: Article };

/** A skater's profile, statistics and results, and the newest articles about them; the older ones are on numbered pages. */
export type AthletePageData = SkaterStatistics & { athlete: Athlete; articles: Page<ArticleTeaser> };
/** An author's profile with their newest articles; the older ones are on numbered pages (lib/article-lists.ts). */
export type AuthorPageData = { author: Author; articles: Page<ArticleTeaser> };
export type CompetitionPageData = {
  competition: Competition;
  /** Still to come on the build's day: the page offers to put it in an agenda. */
  coming: boolean;
  /** The races by day, then by distance (women before men), for the jump list and the tables. */
  days: CompetitionDay[];
  /** The tables that are no race (classifications, standings), as published, after the races. */
  otherResults: PublishedResultsEntry[];
  /** An allround or sprint championship's classification per category, where some skater has every distance. */
  classifications: ClassificationData[];
  /** A World Cup competition: its division and the season's standings. */
  worldCup?: { division: WorldCupDivision; season: WorldCupSeasonRef; path: string };
  articles: ArticleTeaser[];
};

/** A championship's classification as its page shows it: the races as columns, the skaters ranked. */
export type ClassificationData = {
  championship: Championship;
  sex: RaceCategory;
  columns: { distance: Distance; day: IsoDay }[];
  rows: Placed<ClassificationEntry>[];
  incomplete: number;
};

export function teaserOf(article: Article): ArticleTeaser {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    category: article.category,
    date: article.date,
    datePrecision: article.datePrecision,
    status: article.status,
    ...(article.image ? { image: article.image } : {}),
    author: article.author.column === undefined ? {} : { column: article.author.column },
  };
}

/** The page at /nieuws/<slug>/: an article, or the forwarding page of an old slug. */
export function articlePageData(model: SiteModel, slug: string): ArticlePageData | undefined {
  const article = model.article(slug);
  if (article) {
    const related = model.relatedTo(article).map(teaserOf);
    return { kind: 'article', article, related, computedMarkers: computedMarkersOfArticle(model, article) };
  }
  const target = model.aliasTarget(slug);
  return target ? { kind: 'alias', target } : undefined;
}

export function athletePageData(model: SiteModel, slug: string): AthletePageData | undefined {
  const athlete = model.athlete(slug);
  if (!athlete) return undefined;
  return {
    athlete,
    ...skaterStatistics(model, athlete),
    articles: frontPage(model.articlesAbout(slug).map(teaserOf)),
  };
}

function athleteResultEntry({
  article,
  block,
  competition,
  race,
  row,
  asTeamMember,
}: AthleteResult): AthleteResultEntry {
  return {
    article: { slug: article.slug, date: article.date },
    block: { title: block.title },
    ...(competition ? { competition: { slug: competition.slug, name: competition.name } } : {}),
    ...(race ? { day: race.date } : {}),
    row,
    asTeamMember,
  };
}

/** The computed markers of an article's results tables, by block index: only tables the site shows of their race. */
function computedMarkersOfArticle(model: SiteModel, article: Article): Record<number, RecordMarker[][]> {
  const byBlock: Record<number, RecordMarker[][]> = {};
  article.body.forEach((block, index) => {
    const markers = block.kind === 'results' ? computedMarkersWorthShowing(model.markersOfTable(block)) : undefined;
    if (markers) byBlock[index] = markers;
  });
  return byBlock;
}

export function authorPageData(model: SiteModel, slug: string): AuthorPageData | undefined {
  const author = model.author(slug);
  return author ? { author, articles: frontPage(model.articlesBy(slug).map(teaserOf)) } : undefined;
}

export function competitionPageData(model: SiteModel, slug: string): CompetitionPageData | undefined {
  const competition = model.competition(slug);
  if (!competition) return undefined;
  const results = model.resultsAt(slug);
  const { days, others } = resultsByDay(results, (race) => computedMarkersWorthShowing(model.markersOf(race.key)));
  const worldCup = worldCupLinkOf(model, competition);
  return {
    competition,
    // Decided by the build's day, which is part of this data: the page changes when the competition has been skated.
    coming: isComing(competition, dayInSiteZone(model.builtAt)),
    days,
    otherResults: others,
    classifications: classificationsOf(competition, results),
    ...(worldCup ? { worldCup } : {}),
    articles: model.articlesAt(slug).map(teaserOf),
  };
}

/** An allround or sprint championship's classification per category; none for other competitions. */
function classificationsOf(competition: Competition, results: readonly PublishedResults[]): ClassificationData[] {
  const { championship } = competition;
  if (!championship) return [];
  const races = results.flatMap((published) => (published.race ? [published.race] : []));
  return RACE_CATEGORIES.flatMap((sex) => {
    const classification = championshipClassification(races, championship, sex);
    if (!classification || classification.rows.length === 0) return [];
    return [
      {
        championship,
        sex,
        columns: classification.races.map((race) => ({ distance: race.distance, day: race.date })),
        rows: classification.rows,
        incomplete: classification.incomplete,
      },
    ];
  });
}

// The World Cup pages (#20 point 6): their data is computed in lib/world-cup-pages.ts.
export {
  worldCupIndexData,
  worldCupPageParams,
  worldCupSeasonPageData,
  worldCupStandingPageData,
  type WorldCupIndexData,
  type WorldCupSeasonPageData,
  type WorldCupStandingPageData,
} from './world-cup-pages';

// ---- The skater page's statistics (#20 point 3): bests, seasons, results by season, progression.

/** A season as a skater's page names it: "2025/2026". */
export type SkaterSeason = Pick<Season, 'startYear' | 'label'>;

/** A best time with where and when it was skated, and the article whose table has it. */
export type SkaterBest = {
  distance: MetricDistance;
  sex: RaceCategory;
  time: RaceTime;
  day: IsoDay;
  competition: Pick<Competition, 'slug' | 'name'>;
  /** The competition's venue, else its place: where the ice was. */
  track: string;
  article: Pick<Article, 'slug' | 'title'>;
};

/** One season's bests; `current` for the season of the build's day, which is listed even without times. */
export type SkaterSeasonBests = { season: SkaterSeason; current: boolean; bests: SkaterBest[] };

/** A race a skater was in (her own row, or her team's), as her results by season list it. */
export type SkaterRaceEntry = {
  day: IsoDay;
  title: string;
  competition: Pick<Competition, 'slug' | 'name'>;
  article: Pick<Article, 'slug'>;
  row: ResultRow;
  asTeamMember: boolean;
  /** What the row was at the time by the site's history: shown only where the editor wrote no marker. */
  computedMarkers: RecordMarker[];
};

export type SkaterSeasonResults = {
  season: SkaterSeason;
  current: boolean;
  groups: { distance: Distance; sex: RaceCategory; entries: SkaterRaceEntry[] }[];
};

/** A point of a progression chart: only what the chart draws. */
export type ChartPoint = { race: Pick<Race, 'key' | 'date'>; time: RaceTime; best: boolean };

/** A skater's times on one distance, oldest first; only distances with two times or more get one. */
export type SkaterProgression = { distance: MetricDistance; sex: RaceCategory; points: ChartPoint[] };

/** The samalog of a skater's personal bests over her category's four distances, in thousandths of a point. */
export type SkaterSamalog = {
  sex: RaceCategory;
  points: number;
  parts: { distance: MetricDistance; time: RaceTime; points: number }[];
};

/** What a skater's page computes from the site's races, for the build's day. */
export type SkaterStatistics = {
  /** Age in whole years on the build's day, when the birthday is known. */
  age?: number;
  personalBests: SkaterBest[];
  /** The current season first (even without times, once the skater has any), then every earlier season with times. */
  seasonBests: SkaterSeasonBests[];
  /** Newest season first. */
  resultsBySeason: SkaterSeasonResults[];
  progressions: SkaterProgression[];
  /** Per category in which the four distances of the Adelskalender are complete. */
  samalog: SkaterSamalog[];
  /** Tables the skater is in that are no race (a standing, a classification), newest article first. */
  otherResults: AthleteResultEntry[];
};

/**
 * A skater's statistics as the site knows them, for the day of `model.builtAt` in Amsterdam:
 * that day decides the current season and the age, so both are part of the page's data.
 */
export function skaterStatistics(model: SiteModel, athlete: Athlete): SkaterStatistics {
  const today = dayInSiteZone(model.builtAt);
  const { races } = model;
  const bests = personalBests(races, athlete.slug);
  return {
    ...(athlete.born ? { age: ageOn(athlete.born, today) } : {}),
    personalBests: bests.map(skaterBest),
    seasonBests: skaterSeasonBests(seasonBests(races, athlete.slug), seasonOf(today), bests.length > 0),
    resultsBySeason: resultsBySeason(races, athlete.slug).map(({ season, groups }) => ({
      season: seasonName(season),
      current: season.startYear === seasonOf(today).startYear,
      groups: groups.map(({ distance, sex, entries }) => ({
        distance,
        sex,
        entries: entries.map((entry) => skaterRaceEntry(model, entry)),
      })),
    })),
    progressions: bests.flatMap(({ distance, sex }) => {
      const points = progression(races, athlete.slug, distance, sex);
      return points.length >= 2 ? [{ distance, sex, points: points.map(chartPoint) }] : [];
    }),
    samalog: RACE_CATEGORIES.flatMap((sex) => {
      const samalog = samalogOfBests(bests, sex);
      return samalog ? [skaterSamalog(sex, samalog)] : [];
    }),
    otherResults: model
      .resultsOf(athlete.slug)
      .filter((result) => !result.race)
      .map(athleteResultEntry),
  };
}

function seasonName(season: Season): SkaterSeason {
  return { startYear: season.startYear, label: season.label };
}

function skaterBest({ distance, sex, performance: { race, time } }: Best): SkaterBest {
  return {
    distance,
    sex,
    time,
    day: race.date,
    competition: { slug: race.competition.slug, name: race.competition.name },
    track: race.competition.venue ?? race.competition.location,
    article: { slug: race.article.slug, title: race.article.title },
  };
}

function skaterSeasonBests(seasons: SeasonBests[], current: Season, hasTimes: boolean): SkaterSeasonBests[] {
  const listed = seasons.map(({ season, bests }) => ({
    season: seasonName(season),
    current: season.startYear === current.startYear,
    bests: bests.map(skaterBest),
  }));
  // A skater with times but none yet this season: the page says so rather than leaving the season out.
  const currentListed = listed.some((entry) => entry.current);
  return hasTimes && !currentListed ? [{ season: seasonName(current), current: true, bests: [] }, ...listed] : listed;
}

function skaterRaceEntry(model: SiteModel, { race, row, asTeamMember }: RaceEntry): SkaterRaceEntry {
  const rowIndex = race.rows.indexOf(row);
  return {
    day: race.date,
    title: race.title,
    competition: { slug: race.competition.slug, name: race.competition.name },
    article: { slug: race.article.slug },
    row,
    asTeamMember,
    computedMarkers: model.markersOf(race.key)?.[rowIndex] ?? [],
  };
}

function chartPoint({ race, time, best }: ProgressionPoint): ChartPoint {
  return { race: { key: race.key, date: race.date }, time, best };
}

function skaterSamalog(sex: RaceCategory, samalog: Samalog): SkaterSamalog {
  return {
    sex,
    points: samalog.points,
    parts: samalog.parts.map(({ best, points }) => ({ distance: best.distance, time: best.performance.time, points })),
  };
}

/** The computed markers of a table's rows, or undefined when no row has one (the page then shows only what was written). */
export function computedMarkersWorthShowing(markers: RecordMarker[][] | undefined): RecordMarker[][] | undefined {
  return markers?.some((row) => row.length > 0) ? markers : undefined;
}

/**
 * A season's best times (/seizoen/<slug>/), or undefined for a season without races: those
 * pages are not built. The lists depend only on the races, never on the build's day.
 */
export function seasonPageData(model: SiteModel, slug: string): SeasonPageData | undefined {
  const season = seasonFromSlug(slug);
  if (!season || !seasonsWithRaces(model.races).some((known) => known.startYear === season.startYear)) return undefined;
  return seasonData(model.races, season, countryOfModel(model));
}
