import type { Article } from './types';

/** The latest modification among articles, or undefined for none: a page's last change comes from its content. */
export function lastModified(articles: Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) if (!latest || article.modified > latest) latest = article.modified;
  return latest;
}
