import { dayInSiteZone } from './calendar/days';
import { isComing } from './calendar/seasons';
import { frontPage, type Page } from './pagination';
import type { Article, Author, Athlete, Competition, IsoDay, ResultRow, ResultsBlock } from './types';
import type { SiteModel } from './site-model';
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
  results: PublishedResultsEntry[];
  articles: ArticleTeaser[];
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
  return {
    competition,
    // Decided by the build's day, which is part of this data: the page changes when the competition has been skated.
    coming: isComing(competition, dayInSiteZone(model.builtAt)),
    results: model.resultsAt(slug).map(({ article, block }) => ({
      article: { slug: article.slug, title: article.title },
      block,
    })),
    articles: model.articlesAt(slug).map(teaserOf),
  };
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
