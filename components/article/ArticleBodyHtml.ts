import { Parser } from 'htmlparser2';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { absoluteUrl } from '@/lib/seo/urls';
import type { Article } from '@/lib/types';
import { ArticleBody } from './ArticleBody';

/** Attributes holding a link or a file that a feed reader must be able to follow off the site. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/**
 * An article body as an HTML string, rendered by the same components as the page, with the
 * site's own links made absolute: a feed reader shows it away from the site. For feeds,
 * outside Next (Next refuses react-dom/server inside the app).
 */
export function articleBodyHtml(article: Article): string {
  return withAbsoluteLinks(
    renderToStaticMarkup(createElement(ArticleBody, { blocks: article.body, responsivePhotos: false })),
  );
}

/**
 * `html` with every site-relative href and src (`/…`, not `//host/…`) prefixed with the site's
 * address. The HTML tokenizer finds the attributes, so text that merely looks like a tag (an
 * escaped `&#x3C;img src="/x">`) and `>` inside attribute values stay exactly as written.
 */
export function withAbsoluteLinks(html: string): string {
  const base = absoluteUrl('/');
  // Where each value starts: its first character is the '/' that the base replaces.
  const valueStarts: number[] = [];
  const parser = new Parser({
    onattribute(name, value, quote) {
      if (!URL_ATTRIBUTES.has(name) || !value.startsWith('/') || value.startsWith('//') || !quote) return;
      // The parser stands at the attribute's name: name, '=', the quote, then the value.
      const start = parser.startIndex + name.length + 2;
      if (html[start] === '/') valueStarts.push(start);
    },
  });
  parser.end(html);
  let rewritten = '';
  let from = 0;
  for (const start of valueStarts) {
    rewritten += html.slice(from, start) + base;
    from = start + 1;
  }
  return rewritten + html.slice(from);
}
