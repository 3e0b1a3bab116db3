import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { absoluteUrl } from '@/lib/seo/urls';
import type { Article } from '@/lib/types';
import { ArticleBody } from './ArticleBody';

/**
 * An article body as an HTML string, rendered by the same components as the page, with the
 * site's own links made absolute: a feed reader shows it away from the site. For feeds,
 * outside Next (Next refuses react-dom/server inside the app).
 */
export function articleBodyHtml(article: Article): string {
  // Only inside tags: text such as a pasted `<img src="/x">` is escaped (&#x3C;img ...) and must stay as written.
  return renderToStaticMarkup(createElement(ArticleBody, { blocks: article.body })).replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(/ (href|src)="\/(?!\/)/g, (_match, attribute: string) => ` ${attribute}="${absoluteUrl('/')}`),
  );
}
