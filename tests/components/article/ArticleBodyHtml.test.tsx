import { withAbsoluteLinks } from '@/components/article/ArticleBodyHtml';
import { siteConfig } from '@/lib/config';

const SITE = siteConfig.url;

describe('withAbsoluteLinks, for the copy of an article in a feed', () => {
  it.each([
    ['a link to a page', '<p><a href="/nieuws/x/">x</a></p>', `<p><a href="${SITE}/nieuws/x/">x</a></p>`],
    ['an image', '<img src="/images/a.jpg" alt="">', `<img src="${SITE}/images/a.jpg" alt="">`],
    ['a link elsewhere', '<a href="https://isu.org/">ISU</a>', '<a href="https://isu.org/">ISU</a>'],
    ['a protocol-relative link', '<a href="//isu.org/">ISU</a>', '<a href="//isu.org/">ISU</a>'],
    ['a fragment', '<a href="#noot-1">1</a>', '<a href="#noot-1">1</a>'],
  ])('rewrites only site-relative addresses: %s', (_case, html, expected) => {
    expect(withAbsoluteLinks(html)).toBe(expected);
  });

  it('leaves text that looks like a tag as the editor wrote it', () => {
    const html = '<p>Typ &#x3C;img src="/x"> niet in je stuk</p>';

    expect(withAbsoluteLinks(html)).toBe(html);
  });

  it('finds the attribute after a value that holds a ">"', () => {
    const html = '<a title="5 > 4" href="/nieuws/y/">y</a>';

    expect(withAbsoluteLinks(html)).toBe(`<a title="5 > 4" href="${SITE}/nieuws/y/">y</a>`);
  });

  it('leaves other attributes that hold an address-like value alone', () => {
    const html = '<a data-note=" href=&quot;/z" href="/nieuws/z/">z</a>';

    expect(withAbsoluteLinks(html)).toBe(`<a data-note=" href=&quot;/z" href="${SITE}/nieuws/z/">z</a>`);
  });
});
