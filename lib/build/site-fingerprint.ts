import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dayInSiteZone } from '../calendar/days';
import type { LoadedContent } from '../content/load';
import { newsSitemapArticles } from '../seo/news-sitemap';
import type { SiteModel } from '../site-model';

/**
 * A fingerprint of everything a build's output depends on besides the code: all the content
 * as loaded (so a scheduled article going live changes it), the photos the articles show, and
 * what the build's "now" decides for pages without parameters (the day, which decides what is
 * upcoming on the front page and the schaatskalender; the articles in the news sitemap's
 * window). Two builds of the same code with the same fingerprint write the same export, so a
 * build that finds its previous one's fingerprint has nothing to do
 * (docs/decisions/0023-incremental-builds.md). It errs on the side of changing: warnings and
 * drafts count too.
 */
export function siteFingerprint(content: LoadedContent, model: SiteModel, publicDir: string): string {
  const hash = createHash('sha256');
  // JSON, not V8's serializer: that writes equal strings differently by how V8 happens to hold
  // them (a body just parsed or read from the cache), and the content has no Maps or Sets.
  hash.update(JSON.stringify(content));
  hash.update(`\nday ${dayInSiteZone(model.builtAt)}\n`);
  hash.update(
    `news ${newsSitemapArticles(model.articles, model.builtAt)
      .map((article) => article.slug)
      .join(' ')}\n`,
  );
  const photos = new Set(model.articles.flatMap((article) => (article.image ? [article.image.src] : [])));
  for (const src of [...photos].sort()) {
    const file = path.join(publicDir, ...src.split('/').filter(Boolean));
    hash.update(`photo ${src}\n`).update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing');
  }
  return hash.digest('hex');
}
