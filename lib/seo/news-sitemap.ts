import { XMLBuilder } from 'fast-xml-parser';
import { siteConfig } from '../config';
import { paths } from '../paths';
import type { Article } from '../types';
import { absoluteUrl } from './urls';

/** Google News lists articles of the last two days, at most 1,000 per sitemap. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;

/** The articles a news sitemap built at `now` lists: published in the two days before, newest first. */
export function newsSitemapArticles(articles: Article[], now: Date): Article[] {
  return articles
    .filter((article) => article.date <= now && now.getTime() - article.date.getTime() <= NEWS_WINDOW_MS)
    .slice(0, NEWS_LIMIT);
}

/** A sitemap in Google's news format (publication name and language nl), written by an XML builder that escapes. */
export function newsSitemapXml(articles: Article[]): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: articles.map((article) => ({
        loc: absoluteUrl(paths.article(article.slug)),
        'news:news': {
          'news:publication': { 'news:name': siteConfig.name, 'news:language': siteConfig.language },
          'news:publication_date': article.date.toISOString(),
          'news:title': article.title,
        },
      })),
    },
  });
}
