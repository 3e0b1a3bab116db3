// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import type { NewsArticle, WithContext } from 'schema-dts';
import { JsonLd } from '@/components/seo/JsonLd';
import { serializeJsonLd } from '@/lib/seo/json-ld';

// A headline that would end the script element early and run its own script if it were
// written as plain JSON, with an ampersand and a line separator for good measure.
const HOSTILE_HEADLINE = '</script><script>alert(1)</script> & \u2028';

const article: WithContext<NewsArticle> = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: HOSTILE_HEADLINE,
};

/** Parses markup the way a browser parses a page: a whole document, by the HTML parser. */
function parsePage(headMarkup: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="nl"><head>${headMarkup}</head><body><p>Artikel</p></body></html>`,
    'text/html',
  );
}

describe('JsonLd', () => {
  it('renders exactly one script element for a hostile headline', () => {
    const page = parsePage(renderToStaticMarkup(<JsonLd data={article} />));

    expect(page.querySelectorAll('script')).toHaveLength(1);
  });

  it('renders JSON-LD that parses back to the hostile headline', () => {
    const page = parsePage(renderToStaticMarkup(<JsonLd data={article} />));

    const script = page.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '')).toEqual(article);
  });

  it('leaves the rest of the page untouched by the headline', () => {
    const page = parsePage(renderToStaticMarkup(<JsonLd data={article} />));

    expect(page.body.textContent).toBe('Artikel');
  });

  it('renders a list of items as one script with a JSON array', () => {
    const page = parsePage(renderToStaticMarkup(<JsonLd data={[article, { ...article, headline: 'Tweede' }]} />));

    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual([article, { ...article, headline: 'Tweede' }]);
  });
});

describe('serializeJsonLd inside a script element', () => {
  it('keeps a hostile headline inside its one script element', () => {
    const page = parsePage(`<script type="application/ld+json">${serializeJsonLd(article)}</script>`);

    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toMatchObject({ headline: HOSTILE_HEADLINE });
  });

  it('is needed: plain JSON.stringify lets the headline break out of the element', () => {
    const page = parsePage(`<script type="application/ld+json">${JSON.stringify(article)}</script>`);

    expect(page.querySelectorAll('script').length).toBeGreaterThan(1);
  });
});
