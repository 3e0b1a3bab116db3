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
  return renderToStaticMarkup(createElement(ArticleBody, { blocks: article.body })).replace(
    /(href|src)="\/(?!\/)/g,
    (_match, attribute: string) => `${attribute}="${absoluteUrl('/')}`,
  );
}
