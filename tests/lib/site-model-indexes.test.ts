import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { createSiteModel, type AthleteResult, type PublishedResults, type SiteModel } from '@/lib/site-model';
import type { Article, Category } from '@/lib/types';

// tests/fixtures/content/reader-site/README.md lists what each article holds; the expectations
// below are worked out from that table by hand.
const ROOT = path.join(import.meta.dirname, '../fixtures/content/reader-site');
/** After every article of the fixture: all six are published. */
const NOW = new Date('2026-02-01T12:00:00Z');
/** Before the December and January articles: only the two November ones are published. */
const EARLY_DECEMBER = new Date('2025-12-01T12:00:00Z');

function modelAt(now: Date): SiteModel {
  return createSiteModel(loadContent({ root: ROOT, now, includeUnpublished: false }), now);
}

let published: SiteModel | undefined;
/** The model with everything published, built once: the tests only read it. */
function model(): SiteModel {
  published ??= modelAt(NOW);
  return published;
}

function article(slug: string): Article {
  const found = model().article(slug);
  if (!found) throw new Error(`no article ${slug} in the reader-site fixture`);
  return found;
}

const slugs = (articles: Article[]) => articles.map((item) => item.slug);
const whereFrom = (results: PublishedResults[]) => results.map(({ article: from, block }) => [from.slug, block.title]);
const rowsOf = (results: AthleteResult[]) =>
  results.map(({ article: from, block, row, asTeamMember }) => [from.slug, block.title, row.name, asTeamMember]);

describe('createSiteModel on the reader-site fixture', () => {
  describe("a skater's results", () => {
    it('lists every row the skater appears in, newest article first and in body order within an article', () => {
      expect(whereFrom(model().resultsOf('mirte-jansma'))).toEqual([
        ['jansma-europees-kampioen', 'Eindklassement sprint vrouwen'],
        ['jansma-europees-kampioen', '1000 meter vrouwen, tweede dag'],
        ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen'],
        ['jansma-wint-500-meter', '500 meter vrouwen'],
      ]);
    });

    it("marks a row the skater rode as a team member, with the team's row", () => {
      expect(rowsOf(model().resultsOf('mirte-jansma'))).toEqual([
        ['jansma-europees-kampioen', 'Eindklassement sprint vrouwen', 'Mirte Jansma', false],
        ['jansma-europees-kampioen', '1000 meter vrouwen, tweede dag', 'Mirte Jansma', false],
        ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen', 'Nederland', true],
        ['jansma-wint-500-meter', '500 meter vrouwen', 'Mirte Jansma', false],
      ]);
    });

    it("keeps the skater's own row with its position, time and records", () => {
      const fiveHundred = model()
        .resultsOf('mirte-jansma')
        .find((result) => result.block.title === '500 meter vrouwen');

      expect(fiveHundred?.row).toMatchObject({ position: 1, time: { ms: 37_100 }, records: ['BR'] });
    });

    it('finds a skater in the results of articles that are not about her', () => {
      expect(rowsOf(model().resultsOf('ingrid-solberg'))).toEqual([
        ['jansma-europees-kampioen', 'Eindklassement sprint vrouwen', 'Ingrid Solberg', false],
        ['jansma-europees-kampioen', '1000 meter vrouwen, tweede dag', 'Ingrid Solberg', false],
        ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen', 'Noorwegen', true],
        ['jansma-wint-500-meter', '500 meter vrouwen', 'Ingrid Solberg', false],
      ]);
    });

    it('gives the competition each result was skated at', () => {
      expect(
        model()
          .resultsOf('noor-dekker')
          .map((result) => result.competition?.slug),
      ).toEqual(['wereldbeker-ijsdorp-2025', 'wereldbeker-ijsdorp-2025']);
    });

    it('gives no results for a skater who is in no results table, nor for an unknown slug', () => {
      expect([model().resultsOf('claire-tremblay'), model().resultsOf('bestaat-niet')]).toEqual([[], []]);
    });

    it('counts no results from articles that are not published yet', () => {
      expect(whereFrom(modelAt(EARLY_DECEMBER).resultsOf('mirte-jansma'))).toEqual([
        ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen'],
        ['jansma-wint-500-meter', '500 meter vrouwen'],
      ]);
    });
  });

  describe('a competition', () => {
    it.each([
      ['wereldbeker-ijsdorp-2025', ['ploeg-tweede-in-ijsdorp', 'jansma-wint-500-meter']],
      ['ek-sprint-vorstveld-2026', ['jansma-europees-kampioen', 'voorbeschouwing-ek-sprint']],
    ])('lists the articles at %s, newest first', (competition, expected) => {
      expect(slugs(model().articlesAt(competition))).toEqual(expected);
    });

    it.each([
      [
        'wereldbeker-ijsdorp-2025',
        [
          ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen'],
          ['jansma-wint-500-meter', '500 meter vrouwen'],
        ],
      ],
      [
        'ek-sprint-vorstveld-2026',
        [
          ['jansma-europees-kampioen', 'Eindklassement sprint vrouwen'],
          ['jansma-europees-kampioen', '1000 meter vrouwen, tweede dag'],
        ],
      ],
    ])('lists the results blocks published about %s, newest article first', (competition, expected) => {
      expect(whereFrom(model().resultsAt(competition))).toEqual(expected);
    });

    it('names the competition in each of its results blocks', () => {
      expect(
        model()
          .resultsAt('ek-sprint-vorstveld-2026')
          .map((result) => result.competition?.name),
      ).toEqual(['EK sprint Vorstveld', 'EK sprint Vorstveld']);
    });

    it('gives no articles and no results for an unknown competition', () => {
      expect([model().articlesAt('bestaat-niet'), model().resultsAt('bestaat-niet')]).toEqual([[], []]);
    });
  });

  it('lists every results block of the shown articles, newest article first', () => {
    expect(whereFrom(model().results)).toEqual([
      ['jansma-europees-kampioen', 'Eindklassement sprint vrouwen'],
      ['jansma-europees-kampioen', '1000 meter vrouwen, tweede dag'],
      ['ploeg-tweede-in-ijsdorp', 'Ploegenachtervolging vrouwen'],
      ['jansma-wint-500-meter', '500 meter vrouwen'],
    ]);
  });

  describe('categories', () => {
    it.each<[Category, string[]]>([
      ['uitslagen', ['jansma-europees-kampioen', 'ploeg-tweede-in-ijsdorp', 'jansma-wint-500-meter']],
      ['nieuws', ['voorbeschouwing-ek-sprint']],
      ['interview', ['dekker-kijkt-vooruit']],
      ['column', ['de-lange-winter']],
      ['achtergrond', []],
    ])('lists the articles in %s, newest first', (category, expected) => {
      expect(slugs(model().articlesIn(category))).toEqual(expected);
    });
  });

  describe('tags', () => {
    it('lists the articles with a tag several share, newest first', () => {
      expect(slugs(model().articlesTagged('wereldbeker'))).toEqual([
        'de-lange-winter',
        'dekker-kijkt-vooruit',
        'jansma-wint-500-meter',
      ]);
    });

    it('finds a tag written with a space by its slug', () => {
      expect(slugs(model().articlesTagged('500-meter'))).toEqual([
        'voorbeschouwing-ek-sprint',
        'jansma-wint-500-meter',
      ]);
    });

    it('gives no articles for an unknown tag', () => {
      expect(model().articlesTagged('bestaat-niet')).toEqual([]);
    });

    it('lists every tag once, by name in Dutch order', () => {
      expect(model().tags).toEqual([
        { name: '500 meter', slug: '500-meter' },
        { name: 'EK sprint', slug: 'ek-sprint' },
        { name: 'Ploegenachtervolging', slug: 'ploegenachtervolging' },
        { name: 'Wereldbeker', slug: 'wereldbeker' },
        { name: 'Winter', slug: 'winter' },
      ]);
    });

    it('finds a tag by its slug with the name as the editor wrote it', () => {
      expect(model().tag('ek-sprint')).toEqual({ name: 'EK sprint', slug: 'ek-sprint' });
    });

    it('leaves out the tags that only articles not yet published use', () => {
      expect(modelAt(EARLY_DECEMBER).tags.map((tag) => tag.name)).toEqual([
        '500 meter',
        'Ploegenachtervolging',
        'Wereldbeker',
      ]);
    });
  });

  describe('related articles', () => {
    // What the earlier articles share with jansma-europees-kampioen (competition 4, skater 3, tag 1):
    //   voorbeschouwing-ek-sprint  competition + Jansma + tag EK sprint = 8   (2026-01-08)
    //   de-lange-winter            nothing                               = 0   (2025-12-20)
    //   dekker-kijkt-vooruit       tag EK sprint                         = 1   (2025-12-10)
    //   ploeg-tweede-in-ijsdorp    nothing (Jansma is in its table, not its athletes) = 0
    //   jansma-wint-500-meter      Jansma                                = 3   (2025-11-15)
    const ranked = () => slugs(model().relatedTo(article('jansma-europees-kampioen'), 10));

    it('ranks the earlier articles by the weight of what they share', () => {
      expect(ranked()).toEqual(['voorbeschouwing-ek-sprint', 'jansma-wint-500-meter', 'dekker-kijkt-vooruit']);
    });

    it('lists no article published after it', () => {
      expect(slugs(model().relatedTo(article('jansma-wint-500-meter'), 10))).toEqual([]);
      expect(slugs(model().relatedTo(article('voorbeschouwing-ek-sprint'), 10))).not.toContain(
        'jansma-europees-kampioen',
      );
    });

    it('puts an article about the same skater before one that shares only a tag', () => {
      // dekker-kijkt-vooruit: ploeg-tweede-in-ijsdorp shares Noor Dekker, jansma-wint-500-meter the tag Wereldbeker.
      expect(slugs(model().relatedTo(article('dekker-kijkt-vooruit')))).toEqual([
        'ploeg-tweede-in-ijsdorp',
        'jansma-wint-500-meter',
      ]);
    });

    it('puts the newer of two equally related articles first', () => {
      // de-lange-winter shares the tag Wereldbeker with both.
      expect(slugs(model().relatedTo(article('de-lange-winter')))).toEqual([
        'dekker-kijkt-vooruit',
        'jansma-wint-500-meter',
      ]);
    });

    it('never lists an article as related to itself', () => {
      for (const item of model().articles) {
        expect(slugs(model().relatedTo(item, 10))).not.toContain(item.slug);
      }
    });

    it('gives four articles at most when no count is asked', () => {
      expect(slugs(model().relatedTo(article('jansma-europees-kampioen')))).toEqual(ranked().slice(0, 4));
    });

    it('gives only as many articles as asked', () => {
      expect(slugs(model().relatedTo(article('jansma-europees-kampioen'), 2))).toEqual([
        'voorbeschouwing-ek-sprint',
        'jansma-wint-500-meter',
      ]);
    });
  });
});
