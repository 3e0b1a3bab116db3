import { Feed } from 'feed';
import { siteConfig } from '../config';
import { CATEGORY_LABELS } from '../labels';
import { paths } from '../paths';
import { lastModified } from '../articles';
import type { Article, Category } from '../types';
import { absoluteUrl, feedPaths } from '../seo/urls';

/** Feeds carry the newest 50 published articles. */
export const FEED_SIZE = 50;

export type FeedFormat = 'rss' | 'atom' | 'json';

type FeedInput = {
  articles: Article[];
  /** The feed's update time when it has no articles (an empty category): the site's latest change. */
  emptyUpdated?: Date;
  /** Full HTML of an article body for `content:encoded` and friends. */
  renderBody: (article: Article) => string;
  category?: Category;
};

/**
 * Builds a feed with the `feed` library (it writes and escapes the XML) and returns it in
 * one format. The feed's update time is its newest article's modification, not the build
 * time, so an unchanged feed stays byte-for-byte the same. JSON Feed comes out of the
 * library as version 1 and is lifted to 1.1 (`authors`, `language`).
 */
export function renderFeed(format: FeedFormat, { articles, emptyUpdated, renderBody, category }: FeedInput): string {
  const shown = articles.slice(0, FEED_SIZE);
  const title = category ? `${siteConfig.name}: ${CATEGORY_LABELS[category]}` : siteConfig.name;
  const homePath = category ? `/rubriek/${category}/` : '/';
  const selfPath = category ? feedPaths.categoryRss(category) : feedPaths[format];
  const feed = new Feed({
    title,
    description: siteConfig.tagline,
    id: absoluteUrl(homePath),
    link: absoluteUrl(homePath),
    language: siteConfig.language,
    // Square, as JSON Feed's icon and RSS's channel image want it.
    image: absoluteUrl('/icons/icon-512.png'),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${siteConfig.name}`,
    generator: siteConfig.name,
    updated: lastModified(shown) ?? emptyUpdated,
    feedLinks: { [format]: absoluteUrl(selfPath) },
  });
  // Atom marks titles and summaries as HTML, which a reader renders: escape them so that
  // "Kok & Leerdam" or a pasted "<script>" shows as written. RSS and JSON carry plain text.
  const asText = format === 'atom' ? escapeHtml : (text: string) => text;
  for (const article of shown) {
    const url = absoluteUrl(paths.article(article.slug));
    feed.addItem({
      title: asText(article.title),
      id: url,
      link: url,
      description: asText(article.summary),
      content: renderBody(article),
      date: article.modified,
      published: article.date,
      author: [{ name: article.author.name, link: absoluteUrl(paths.author(article.author.slug)) }],
      category: [{ name: CATEGORY_LABELS[article.category] }, ...article.tags.map((tag) => ({ name: tag.name }))],
      image: absoluteUrl(feedPaths.articleImage(article.slug)),
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed.json1());
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON Feed 1 → 1.1: `author` objects become `authors` lists, and the feed states its language. */
function jsonFeed11(json: string): string {
  const data: Record<string, unknown> = JSON.parse(json);
  const items = Array.isArray(data.items) ? data.items : [];
  const lifted = {
    ...data,
    version: 'https://jsonfeed.org/version/1.1',
    language: siteConfig.language,
    items: items.map((item: Record<string, unknown>) => {
      const { author, ...rest } = item;
      return author ? { ...rest, authors: [author] } : rest;
    }),
  };
  return JSON.stringify(lifted, null, 2);
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};
