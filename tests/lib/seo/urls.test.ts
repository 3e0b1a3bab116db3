import { siteConfig } from '@/lib/config';
import { absoluteUrl, feedPaths } from '@/lib/seo/urls';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('absoluteUrl', () => {
  it.each([
    ['/', '/'],
    ['/nieuws/visser-rijdt-baanrecord/', '/nieuws/visser-rijdt-baanrecord/'],
    ['nieuws/visser-rijdt-baanrecord/', '/nieuws/visser-rijdt-baanrecord/'],
    ['/feed.xml', '/feed.xml'],
  ])('turns %s into an absolute URL on the site', (path, expectedPath) => {
    expect(absoluteUrl(path)).toBe(`${siteConfig.url}${expectedPath}`);
  });

  it('is on https://schaatsnieuws.example when SITE_URL is not set', async () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.resetModules();
    const urls = await import('@/lib/seo/urls');

    expect(urls.absoluteUrl('/')).toBe('https://schaatsnieuws.example/');
  });

  it('is on SITE_URL without doubling its trailing slash', async () => {
    vi.stubEnv('SITE_URL', 'https://www.schaatsnieuws.nl/');
    vi.resetModules();
    const urls = await import('@/lib/seo/urls');

    expect(urls.absoluteUrl('/nieuws/x/')).toBe('https://www.schaatsnieuws.nl/nieuws/x/');
  });
});

describe('feedPaths', () => {
  it("puts an article's social image next to its page", () => {
    expect(feedPaths.articleImage('visser-rijdt-baanrecord')).toBe('/nieuws/visser-rijdt-baanrecord/og.png');
  });

  it('puts a category feed under /rubriek/<category>/', () => {
    expect(feedPaths.categoryRss('uitslagen')).toBe('/rubriek/uitslagen/feed.xml');
  });
});
