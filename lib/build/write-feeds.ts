import fs from 'node:fs';
import path from 'node:path';
import { lastModified } from '../articles';
import { renderFeed, type FeedFormat } from './feeds';
import { feedPaths } from '../seo/urls';
import { CATEGORIES, type Article } from '../types';

/**
 * Writes the RSS, Atom and JSON feeds, and an RSS feed per category, into the export.
 * Outside Next because a feed's full content is the article body rendered by our React
 * components (`renderBody`), and Next refuses react-dom/server inside the app. Returns the
 * number of feeds written.
 */
export function writeFeeds(articles: Article[], outDir: string, renderBody: (article: Article) => string): number {
  // An empty feed (a category without articles yet) is dated by the site's latest change, not the clock.
  const emptyUpdated = lastModified(articles) ?? new Date(0);
  const write = (sitePath: string, text: string) => {
    const target = path.join(outDir, sitePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  const formats = ['rss', 'atom', 'json'] satisfies FeedFormat[];
  for (const format of formats) {
    write(feedPaths[format], renderFeed(format, { articles, emptyUpdated, renderBody }));
  }
  for (const category of CATEGORIES) {
    const inCategory = articles.filter((article) => article.category === category);
    write(
      feedPaths.categoryRss(category),
      renderFeed('rss', { articles: inCategory, emptyUpdated, renderBody, category }),
    );
  }
  return formats.length + CATEGORIES.length;
}
