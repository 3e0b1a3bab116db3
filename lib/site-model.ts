import { cache } from 'react';
import { showsUnpublished } from './config';
import { contentTargetFromEnvironment, loadOptionsFromEnvironment } from './content/environment';
import { loadContent, type ContentSummary, type LoadedContent } from './content/load';
import type { ContentProblem } from './content/problems';
import { contentSnapshotFile, readContentSnapshot } from './build/content-snapshot';
import { racesOf, tablesByRace } from './races';
import { rankRelated } from './related';
import { computeMarkers, type ComputedMarkers } from './skating/markers';
import type { WorldCupSeason } from './skating/world-cup-data';
import type {
  Article,
  Athlete,
  Author,
  Category,
  Competition,
  Race,
  RecordMarker,
  ResultRow,
  ResultsBlock,
  Tag,
} from './types';

/**
 * A results block where it was published: the article and its competition; `race` when the
 * block is the version of a race the site shows (its newest table).
 */
export type PublishedResults = { article: Article; block: ResultsBlock; competition?: Competition; race?: Race };

/** One row a skater appears in (as the named skater or a team member), with where it stands. */
export type AthleteResult = PublishedResults & { row: ResultRow; asTeamMember: boolean };

/** The whole site, read once per build: pages ask it and never read files themselves. */
export type SiteModel = {
  /** The articles this build shows, newest first. */
  articles: Article[];
  athletes: Athlete[];
  authors: Author[];
  competitions: Competition[];
  /** The World Cup seasons the editors keep in `content/wereldbeker/`, oldest first (#20). */
  worldCupSeasons: WorldCupSeason[];
  /** Every tag used by a shown article, by name. */
  tags: Tag[];
  article: (slug: string) => Article | undefined;
  /** The article an old slug (alias) now lives at. */
  aliasTarget: (slug: string) => Article | undefined;
  aliases: string[];
  athlete: (slug: string) => Athlete | undefined;
  author: (slug: string) => Author | undefined;
  competition: (slug: string) => Competition | undefined;
  tag: (slug: string) => Tag | undefined;
  /** Articles that name a skater in `athletes`, newest first. */
  articlesAbout: (athleteSlug: string) => Article[];
  articlesBy: (authorSlug: string) => Article[];
  articlesAt: (competitionSlug: string) => Article[];
  articlesIn: (category: Category) => Article[];
  articlesTagged: (tagSlug: string) => Article[];
  /** Every results block of the shown articles, newest article first. */
  results: PublishedResults[];
  /**
   * Every race the shown articles publish a table of, once: the newest table (by the article's
   * last change) when two articles publish one race. Newest day first.
   */
  races: Race[];
  /**
   * Every result row a skater appears in, newest article first: each race once (its newest
   * table), and every table that is no race.
   */
  resultsOf: (athleteSlug: string) => AthleteResult[];
  /** The results blocks published about a competition, newest article first: each race once, as resultsOf. */
  resultsAt: (competitionSlug: string) => PublishedResults[];
  /**
   * What each row of a race was at the time, computed from the site's own history (PR, SB, BR,
   * NR; lib/skating/markers.ts), one list per row in the table's order; undefined for an unknown key.
   */
  markersOf: (raceKey: string) => RecordMarker[][] | undefined;
  /** The computed markers of a results table that is the table the site shows of its race; undefined for any other table. */
  markersOfTable: (block: ResultsBlock) => RecordMarker[][] | undefined;
  /** Articles related to one (same skaters, competition, tags), best first, never the article itself. */
  relatedTo: (article: Article, count?: number) => Article[];
  /** The moment that decided what is published: the build's "now". */
  builtAt: Date;
  /** The development server's preview only: errors of files it left out or shows incomplete (empty in a build). */
  contentErrors: ContentProblem[];
  summary: ContentSummary;
};

let cached: SiteModel | undefined;

/**
 * The site model for this process, built on first use from `CONTENT_DIR` and memoised.
 * Throws ContentErrors (every problem of the content) when the content is broken.
 */
export function getSiteModel(): SiteModel {
  // The development server re-reads content on every request so that edits show without a
  // restart, once per request: the layout (its list of content errors) and the page share it.
  if (showsUnpublished()) return modelOfThisRequest();
  cached ??= buildSiteModel();
  return cached;
}

/** React's per-request memo in server components; outside a request (scripts, tests) it builds every call. */
const modelOfThisRequest = cache(() => buildSiteModel());

function buildSiteModel(): SiteModel {
  // Within `npm run build`, the content as `check` loaded it (see content/snapshot.ts).
  const snapshot = contentSnapshotFile();
  if (snapshot) {
    const target = contentTargetFromEnvironment();
    return createSiteModel(readContentSnapshot(snapshot, target), target.now);
  }
  const options = loadOptionsFromEnvironment();
  // The preview shows what the good files make, and the errors on every page, rather than none.
  return createSiteModel(loadContent({ ...options, keepGoing: showsUnpublished() }), options.now);
}

/** Indexes loaded content once (by slug, skater, author, competition, category, tag), so every page's question is a lookup. */
export function createSiteModel(content: LoadedContent, builtAt: Date): SiteModel {
  const articleBySlug = new Map(content.articles.map((article) => [article.slug, article]));
  const aliasTargets = new Map(
    content.articles.flatMap((article) => article.aliases.map((alias) => [alias, article] as const)),
  );
  const athleteBySlug = new Map(content.athletes.map((athlete) => [athlete.slug, athlete]));
  const authorBySlug = new Map(content.authors.map((author) => [author.slug, author]));
  const competitionBySlug = new Map(content.competitions.map((competition) => [competition.slug, competition]));
  const byAthlete = groupBy(content.articles, (article) => article.athletes.map((athlete) => athlete.slug));
  const byAuthor = groupBy(content.articles, (article) => [article.author.slug]);
  const byCompetition = groupBy(content.articles, (article) => (article.event ? [article.event.slug] : []));
  const byCategory = groupBy(content.articles, (article) => [article.category]);
  const byTag = groupBy(content.articles, (article) => article.tags.map((tag) => tag.slug));
  const tagBySlug = tagsAsWritten(content.articles);

  const { results, races, resultsByAthlete, resultsByCompetition, shownRace } = indexResults(content.articles);
  // Computed on first use: a walk over every race, which only pages with results tables need.
  let computed: ComputedMarkers | undefined;
  const markersOf = (raceKey: string) =>
    (computed ??= computeMarkers(races, (slug) => athleteBySlug.get(slug)?.country)).get(raceKey);

  return {
    ...content,
    tags: [...tagBySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    article: (slug) => articleBySlug.get(slug),
    aliasTarget: (slug) => aliasTargets.get(slug),
    aliases: [...aliasTargets.keys()],
    athlete: (slug) => athleteBySlug.get(slug),
    author: (slug) => authorBySlug.get(slug),
    competition: (slug) => competitionBySlug.get(slug),
    tag: (slug) => tagBySlug.get(slug),
    articlesAbout: (slug) => byAthlete.get(slug) ?? [],
    articlesBy: (slug) => byAuthor.get(slug) ?? [],
    articlesAt: (slug) => byCompetition.get(slug) ?? [],
    articlesIn: (category) => byCategory.get(category) ?? [],
    articlesTagged: (slug) => byTag.get(slug) ?? [],
    results,
    races,
    resultsOf: (slug) => resultsByAthlete.get(slug) ?? [],
    resultsAt: (slug) => resultsByCompetition.get(slug) ?? [],
    markersOf,
    markersOfTable: (block) => {
      const race = shownRace.get(block);
      return race ? markersOf(race.key) : undefined;
    },
    relatedTo: (article, count = 4) =>
      rankRelated(
        article,
        {
          athletes: article.athletes.map((athlete) => byAthlete.get(athlete.slug) ?? []),
          competition: article.event ? (byCompetition.get(article.event.slug) ?? []) : [],
          tags: article.tags.map((tag) => byTag.get(tag.slug) ?? []),
        },
        count,
      ),
    builtAt,
    contentErrors: content.errors ?? [],
  };
}

/**
 * Every results table of the articles, and what the skater and competition pages list: each
 * race once, in its newest table, and every table that is no race.
 */
function indexResults(articles: Article[]) {
  const tablesByKey = tablesByRace(articles);
  const races = racesOf(tablesByKey);
  const shownRace = new Map<ResultsBlock, Race>();
  for (const race of races) {
    const newest = tablesByKey.get(race.key)?.[0];
    if (newest) shownRace.set(newest.block, race);
  }
  const results: PublishedResults[] = articles.flatMap((article) =>
    article.body.flatMap((block) => {
      if (block.kind !== 'results') return [];
      const race = shownRace.get(block);
      return [{ article, block, ...(article.event ? { competition: article.event } : {}), ...(race ? { race } : {}) }];
    }),
  );
  // A table of a race that a newer table replaces is left off these pages (the article still has it).
  const listed = results.filter((published) => !published.block.race || published.race);
  const resultsByAthlete = new Map<string, AthleteResult[]>();
  for (const published of listed) {
    for (const row of published.block.rows) {
      const entries = [
        ...(row.athlete ? [{ slug: row.athlete.slug, asTeamMember: false }] : []),
        ...row.members.flatMap((member) => (member.athlete ? [{ slug: member.athlete.slug, asTeamMember: true }] : [])),
      ];
      for (const { slug, asTeamMember } of entries) {
        const list = resultsByAthlete.get(slug) ?? [];
        list.push({ ...published, row, asTeamMember });
        resultsByAthlete.set(slug, list);
      }
    }
  }
  const resultsByCompetition = groupBy(listed, (published) =>
    published.competition ? [published.competition.slug] : [],
  );
  return { results, races, resultsByAthlete, resultsByCompetition, shownRace };
}

/** One pass over items (kept in their order) into lists per key. */
function groupBy<Item>(items: Item[], keys: (item: Item) => string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Every tag by slug, named as the editors write it: the spelling most articles use ("Wereldbeker"
 * over one article's "wereldbeker"), and on a tie the spelling of the earliest article, so a
 * new article cannot rename a tag's page by spelling it its own way.
 */
function tagsAsWritten(articlesNewestFirst: Article[]): Map<string, Tag> {
  const spellings = new Map<string, Map<string, number>>();
  for (const article of [...articlesNewestFirst].reverse())
    for (const tag of article.tags) {
      const counts = spellings.get(tag.slug) ?? new Map<string, number>();
      counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1);
      spellings.set(tag.slug, counts);
    }
  const tags = new Map<string, Tag>();
  for (const [slug, counts] of spellings) {
    // Map order is first use, oldest first: a tie keeps the earliest spelling.
    let best: [string, number] = ['', 0];
    for (const entry of counts) if (entry[1] > best[1]) best = entry;
    tags.set(slug, { name: best[0], slug });
  }
  return tags;
}
