import { dayInSiteZone } from './calendar/days';
import { isComing } from './calendar/seasons';
import { frontPage, type Page } from './pagination';
import { RACE_CATEGORIES } from './types';
import type {
  Article,
  Author,
  Athlete,
  Championship,
  Competition,
  Distance,
  IsoDay,
  RaceCategory,
  ResultRow,
  ResultsBlock,
  WorldCupDivision,
} from './types';
import type { PublishedResults, SiteModel } from './site-model';
import { resultsByDay, type CompetitionDay } from './competition-results';
import { championshipClassification, type ClassificationEntry } from './skating/championship';
import type { Placed } from './skating/ranking';
import { worldCupLinkOf, type WorldCupSeasonRef } from './world-cup-pages';

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

/** A results table with the article it stands in. */
export type PublishedResultsEntry = { article: Pick<Article, 'slug' | 'title'>; block: ResultsBlock };

export type ArticlePageData =
  | { kind: 'article'; article: Article; related: ArticleTeaser[] }
  /** An old slug of the article: a page that forwards to it. */
  | { kind: 'alias'; target: Article };

/** A skater's profile, results and the newest articles about them; the older ones are on numbered pages. */
export type AthletePageData = { athlete: Athlete; results: AthleteResultEntry[]; articles: Page<ArticleTeaser> };
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
  if (article) return { kind: 'article', article, related: model.relatedTo(article).map(teaserOf) };
  const target = model.aliasTarget(slug);
  return target ? { kind: 'alias', target } : undefined;
}

export function athletePageData(model: SiteModel, slug: string): AthletePageData | undefined {
  const athlete = model.athlete(slug);
  if (!athlete) return undefined;
  return {
    athlete,
    results: model.resultsOf(slug).map(({ article, block, competition, race, row, asTeamMember }) => ({
      article: { slug: article.slug, date: article.date },
      block: { title: block.title },
      ...(competition ? { competition: { slug: competition.slug, name: competition.name } } : {}),
      ...(race ? { day: race.date } : {}),
      row,
      asTeamMember,
    })),
    articles: frontPage(model.articlesAbout(slug).map(teaserOf)),
  };
}

export function authorPageData(model: SiteModel, slug: string): AuthorPageData | undefined {
  const author = model.author(slug);
  return author ? { author, articles: frontPage(model.articlesBy(slug).map(teaserOf)) } : undefined;
}

export function competitionPageData(model: SiteModel, slug: string): CompetitionPageData | undefined {
  const competition = model.competition(slug);
  if (!competition) return undefined;
  const results = model.resultsAt(slug);
  const { days, others } = resultsByDay(results);
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
