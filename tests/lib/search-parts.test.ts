import {
  articleSlugOfPath,
  searchPartBundle,
  searchPartBundles,
  searchPartCount,
  searchPartOf,
} from '@/lib/search-parts';

describe('the search index in parts', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps one index up to 1,200 articles, then parts of at most 1,200 in a power of two', () => {
    const sizes = [1, 1200, 1201, 2000, 2001, 2400, 2401, 5000, 5001, 9600, 9601, 10_000, 10_001, 19_201];
    expect(sizes.map(searchPartCount)).toEqual([0, 0, 2, 2, 2, 2, 4, 8, 8, 8, 16, 16, 16, 32]);
  });

  it('takes the part size from SEARCH_PART_ARTICLES, for tests with small archives', () => {
    vi.stubEnv('SEARCH_PART_ARTICLES', '2');
    expect([2, 3, 5].map(searchPartCount)).toEqual([0, 2, 4]);
  });

  it('puts an article in a part by its slug alone, the same on every build', () => {
    expect(searchPartOf('kok-wint-500-meter', 8)).toBe(searchPartOf('kok-wint-500-meter', 8));
    // FNV-1a of the slug: pinned, so a change of hash (which moves every article) is a decision, not an accident.
    expect(['a', 'kok-wint-500-meter', 'artikel-10000'].map((slug) => searchPartOf(slug, 8))).toEqual([4, 7, 5]);
  });

  it('spreads an archive evenly over the parts', () => {
    const slugs = Array.from({ length: 8000 }, (_, index) => `artikel-${index}`);
    const sizes = Array.from({ length: 8 }, (_, part) => slugs.filter((slug) => searchPartOf(slug, 8) === part).length);
    expect(Math.min(...sizes)).toBeGreaterThan(850);
    expect(Math.max(...sizes)).toBeLessThan(1150);
  });

  it('lists the parts the search page merges: only those with articles, named with the count', () => {
    vi.stubEnv('SEARCH_PART_ARTICLES', '1');
    const slugs = ['a', 'b', 'c'];
    const bundles = searchPartBundles(slugs);
    expect(bundles).toEqual(
      [...new Set(slugs.map((slug) => searchPartOf(slug, 4)))].sort().map((part) => searchPartBundle(part, 4)),
    );
    expect(bundles[0]).toMatch(/^\/pagefind\/deel-\d-van-4\/$/);
    expect(searchPartBundles(['a'])).toEqual([]);
  });

  it('reads the article slug of an article page, and nothing else', () => {
    expect(articleSlugOfPath('/nieuws/kok-wint/')).toBe('kok-wint');
    expect(articleSlugOfPath('/nieuws/pagina/2/')).toBeUndefined();
    expect(articleSlugOfPath('/nieuws/')).toBeUndefined();
    expect(articleSlugOfPath('/schaatsers/femke-kok/')).toBeUndefined();
  });
});
