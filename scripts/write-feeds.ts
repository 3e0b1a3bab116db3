/**
 * After `next build`: writes the RSS, Atom and JSON feeds, and an RSS feed per category,
 * into the export. Outside Next because a feed's full content is the article body rendered
 * by our React components, and Next refuses react-dom/server inside the app.
 * Run with __NEXT_TRAILING_SLASH=true (as `npm run build` does) so that next/link keeps the
 * site's trailing slashes outside Next too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportDir } from '../lib/config';
import { articleBodyHtml } from '../components/article/ArticleBodyHtml';
import { renderFeed, type FeedFormat } from '../lib/seo/feeds';
import { feedPaths } from '../lib/seo/urls';
import { lastModified } from '../lib/articles';
import { getSiteModel } from '../lib/site-model';
import { CATEGORIES } from '../lib/types';

const outDir = exportDir();
const { articles } = getSiteModel();
// An empty feed (a category without articles yet) is dated by the site's latest change, not the clock.
const emptyUpdated = lastModified(articles) ?? new Date(0);

function write(sitePath: string, text: string): void {
  const target = path.join(outDir, sitePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

for (const format of ['rss', 'atom', 'json'] satisfies FeedFormat[]) {
  write(feedPaths[format], renderFeed(format, { articles, emptyUpdated, renderBody: articleBodyHtml }));
}
for (const category of CATEGORIES) {
  const inCategory = articles.filter((article) => article.category === category);
  write(
    feedPaths.categoryRss(category),
    renderFeed('rss', { articles: inCategory, emptyUpdated, renderBody: articleBodyHtml, category }),
  );
}
console.log(`feeds: ${feedPaths.rss}, ${feedPaths.atom}, ${feedPaths.json} and ${CATEGORIES.length} category feeds`);
