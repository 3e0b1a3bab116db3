import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from '../../scripts/generate-content';
import {
  allArticleLists,
  archiveList,
  athleteListAt,
  authorListAt,
  listPage,
  listPageNumbers,
} from '@/lib/article-lists';
import { loadContent } from '@/lib/content/load';
import { athletePageData, authorPageData } from '@/lib/page-data';
import { createSiteModel, type SiteModel } from '@/lib/site-model';

// The lists of a generated archive of 130 articles by three authors, as readers page through them.

const NOW = new Date('2026-11-20T12:00:00+01:00');
let root = '';
let model: SiteModel;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lists-'));
  generateContent(root, 130);
  model = createSiteModel(loadContent({ root, now: NOW, includeUnpublished: false }), NOW);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const slugs = (articles: { slug: string }[] | undefined) => (articles ?? []).map((article) => article.slug);

describe('an author with more articles than fit on a page', () => {
  const author = () => model.authors[0]!;

  it('shows their newest articles on their profile page and leads to the older ones', () => {
    const articles = model.articlesBy(author().slug);
    const page = authorPageData(model, author().slug)!.articles;

    expect(articles.length).toBeGreaterThan(20);
    expect(slugs(page.items)).toEqual(slugs(articles.slice(0, page.items.length)));
    expect(page.older).toBeDefined();
  });

  it('has numbered pages under their address, counted from their oldest article', () => {
    const list = authorListAt(model, author().slug)!;
    const articles = model.articlesBy(author().slug);

    expect(list.path(1)).toBe(`/auteurs/${author().slug}/pagina/1/`);
    expect(slugs(listPage(list, 1)?.items)).toEqual(slugs(articles.slice(-20)));
  });

  it('shows every article of theirs exactly once between the profile page and the pages it leads to', () => {
    const list = authorListAt(model, author().slug)!;
    const front = authorPageData(model, author().slug)!.articles;
    const older = listPageNumbers(list).filter((number) => number <= (front.older ?? 0));

    expect([
      ...slugs(front.items),
      ...older.reverse().flatMap((number) => slugs(listPage(list, number)?.items)),
    ]).toEqual(slugs(model.articlesBy(author().slug)));
  });
});

describe('a skater', () => {
  it('has the articles about them on their profile page, newest first, and numbered pages under their address', () => {
    const athlete = model.athletes.find((each) => model.articlesAbout(each.slug).length > 0)!;
    const list = athleteListAt(model, athlete.slug)!;

    expect(slugs(athletePageData(model, athlete.slug)!.articles.items)).toEqual(
      slugs(model.articlesAbout(athlete.slug).slice(0, 20)),
    );
    expect(list.path(1)).toBe(`/schaatsers/${athlete.slug}/pagina/1/`);
  });
});

describe('the archive', () => {
  it('shows at least twenty articles at its own address, none of them again on the page "older" leads to', () => {
    const list = archiveList(model);
    const front = listPage(list)!;
    const older = listPage(list, front.older!)!;

    expect(front.items.length).toBeGreaterThanOrEqual(20);
    expect(slugs(older.items).filter((slug) => slugs(front.items).includes(slug))).toEqual([]);
    expect(slugs([...front.items, ...older.items])).toEqual(slugs(model.articles.slice(0, front.items.length + 20)));
  });
});

describe('allArticleLists', () => {
  it('names every list address once', () => {
    const addresses = allArticleLists(model).flatMap((list) => [
      list.path(),
      ...listPageNumbers(list).map((number) => list.path(number)),
    ]);

    expect(addresses.length).toBe(new Set(addresses).size);
  });
});
