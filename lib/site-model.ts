import { showsUnpublished } from './config';
import { loadOptionsFromEnvironment } from './content/environment';
import { loadContent, type ContentSummary } from './content/load';
import type { Article, Athlete, Author, Competition } from './types';

/** The whole site, read once per build: pages ask it and never read files themselves. */
export type SiteModel = {
  /** The articles this build shows, newest first. */
  articles: Article[];
  athletes: Athlete[];
  authors: Author[];
  competitions: Competition[];
  article: (slug: string) => Article | undefined;
  /** The article an old slug (alias) now lives at. */
  aliasTarget: (slug: string) => Article | undefined;
  aliases: string[];
  athlete: (slug: string) => Athlete | undefined;
  author: (slug: string) => Author | undefined;
  competition: (slug: string) => Competition | undefined;
  /** Articles that name a skater in `athletes`, newest first. */
  articlesAbout: (athleteSlug: string) => Article[];
  articlesBy: (authorSlug: string) => Article[];
  articlesAt: (competitionSlug: string) => Article[];
  /** The moment that decided what is published: the build's "now". */
  builtAt: Date;
  summary: ContentSummary;
};

let cached: SiteModel | undefined;

/**
 * The site model for this process, built on first use from `CONTENT_DIR` and memoised.
 * Throws ContentErrors (every problem of the content) when the content is broken.
 */
export function getSiteModel(): SiteModel {
  // The development server re-reads content on every request so that edits show without a restart.
  if (showsUnpublished()) return buildSiteModel();
  cached ??= buildSiteModel();
  return cached;
}

function buildSiteModel(): SiteModel {
  const options = loadOptionsFromEnvironment();
  const content = loadContent(options);
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
  return {
    ...content,
    article: (slug) => articleBySlug.get(slug),
    aliasTarget: (slug) => aliasTargets.get(slug),
    aliases: [...aliasTargets.keys()],
    athlete: (slug) => athleteBySlug.get(slug),
    author: (slug) => authorBySlug.get(slug),
    competition: (slug) => competitionBySlug.get(slug),
    articlesAbout: (slug) => byAthlete.get(slug) ?? [],
    articlesBy: (slug) => byAuthor.get(slug) ?? [],
    articlesAt: (slug) => byCompetition.get(slug) ?? [],
    builtAt: options.now,
  };
}

/** The latest modification among articles, or undefined for none: a page's last change comes from its content. */
export function lastModified(articles: Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) if (!latest || article.modified > latest) latest = article.modified;
  return latest;
}

/** One pass over the articles (kept in their order) into lists per key. */
function groupBy(articles: Article[], keys: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}
