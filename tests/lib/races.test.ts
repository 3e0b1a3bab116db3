import path from 'node:path';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { ProblemList } from '@/lib/content/problems';
import { checkRaces } from '@/lib/content/race-checks';
import { athletePageData, competitionPageData } from '@/lib/page-data';
import { createSiteModel, type SiteModel } from '@/lib/site-model';
import type { Article, ResultRow } from '@/lib/types';
import { makeArticle, makeCompetition, makeResults, makeRow } from '../components/support/factories';

// tests/fixtures/content/README.md says what the races fixture holds: one 500 m published by
// two articles, the one dated earlier updated later (so the newest version), and a standing.
const ROOT = path.join(import.meta.dirname, '../fixtures/content/races');
const NOW = new Date('2026-01-01T12:00:00Z');

let loaded: LoadedContent | undefined;
const content = () => (loaded ??= loadContent({ root: ROOT, now: NOW, includeUnpublished: false }));
/** A fixture article's path as messages show it: from the working folder. */
const shown = (slug: string) => path.relative(process.cwd(), path.join(ROOT, 'articles', `${slug}.md`));
const model = (): SiteModel => createSiteModel(content(), NOW);

describe('races published twice', () => {
  it('are one race in the model, from the article changed last (not the one dated last)', () => {
    const races = model().races;
    expect(races.map((race) => [race.key, race.article.slug, race.title])).toEqual([
      ['wereldbeker-ijsdorp-2025/2025-11-15/500/vrouwen', 'jansma-wint-500-meter', '500 meter vrouwen'],
    ]);
    expect(races[0]).toMatchObject({
      distance: '500',
      sex: 'vrouwen',
      date: '2025-11-15',
      competition: { slug: 'wereldbeker-ijsdorp-2025' },
      article: { modified: new Date('2025-11-16T09:00:00Z') },
    });
    expect(races[0]?.rows.map((row) => row.name)).toEqual(['Mirte Jansma', 'Ingrid Solberg', 'Noor Dekker']);
  });

  it("show once on a skater's page, in the newest table, with the tables that are no race", () => {
    const data = athletePageData(model(), 'ingrid-solberg');
    const races = data?.resultsBySeason.flatMap(({ groups }) => groups.flatMap((group) => group.entries)) ?? [];
    expect(races.map((entry) => [entry.article.slug, entry.title, entry.day, entry.row.time?.ms])).toEqual([
      ['jansma-wint-500-meter', '500 meter vrouwen', '2025-11-15', 37_400],
    ]);
    expect(data?.otherResults.map((result) => [result.article.slug, result.block.title, result.day])).toEqual([
      ['sprinters-in-ijsdorp', 'Tussenstand wereldbeker 500 meter vrouwen', undefined],
    ]);
  });

  it("show once on the competition's page, with the tables that are no race", () => {
    const page = competitionPageData(model(), 'wereldbeker-ijsdorp-2025');
    // The race under its day, the table that is no race after the races (#20 point 8).
    const races = page?.days.flatMap((day) => day.races) ?? [];
    expect(races.map((race) => [race.article.slug, race.block.title])).toEqual([
      ['jansma-wint-500-meter', '500 meter vrouwen'],
    ]);
    expect(page?.otherResults.map((result) => [result.article.slug, result.block.title])).toEqual([
      ['sprinters-in-ijsdorp', 'Tussenstand wereldbeker 500 meter vrouwen'],
    ]);
  });

  it('stay whole in the articles themselves', () => {
    const tables = model()
      .article('sprinters-in-ijsdorp')
      ?.body.filter((block) => block.kind === 'results');
    expect(tables).toHaveLength(2);
  });

  it('are warned about where a row disagrees with the newest table, naming both files and the skater', () => {
    const races = content().warnings.filter((warning) => warning.field.startsWith('results row'));
    expect(races).toEqual([
      {
        file: shown('sprinters-in-ijsdorp'),
        line: 12,
        field: 'results row 2',
        message: `verwacht voor Ingrid Solberg dezelfde uitslag als in ${shown('jansma-wint-500-meter')}:13, de nieuwste tabel van 500 meter vrouwen op 2025-11-15 (die toont de site); gevonden: tijd 37,45 hier, 37,40 daar`,
        severity: 'warning',
      },
    ]);
  });

  it('are not warned about where the rows agree', () => {
    const messages = content().warnings.map((warning) => warning.message);
    expect(messages.filter((message) => message.includes('Mirte Jansma'))).toEqual([]);
    expect(content().warnings).toHaveLength(1);
  });
});

describe('checkRaces', () => {
  const competition = makeCompetition();
  const race = { distance: '500', sex: 'vrouwen', date: '2025-11-16' } as const;
  const kok = (overrides: Partial<ResultRow> = {}) =>
    makeRow({ name: 'Femke Kok', position: 1, time: { ms: 36_090, decimals: 2 }, ...overrides });
  /** An article at the competition with one table of the race, changed last at `modified`. */
  const publishing = (slug: string, modified: string, ...tables: ResultRow[][]) =>
    makeArticle({
      slug,
      event: competition,
      modified: new Date(modified),
      source: { path: `content/articles/${slug}.md` },
      body: tables.map((rows) => makeResults({ race, rows })),
    });
  const warningsFor = (articles: Article[]) => {
    const problems = new ProblemList();
    checkRaces(articles, (_file, index) => 10 + index * 10, problems);
    return problems.items.map(({ file, line, field, message, severity }) => ({ file, line, field, message, severity }));
  };

  it('warns about a skater with another status in an older table', () => {
    const newer = publishing('nieuw', '2025-11-17T10:00:00Z', [
      kok({ position: undefined, time: undefined, status: 'DQ' }),
    ]);
    const older = publishing('oud', '2025-11-16T20:00:00Z', [kok()]);
    expect(warningsFor([newer, older])).toEqual([
      {
        file: 'content/articles/oud.md',
        line: 10,
        field: 'results row 1',
        message:
          'verwacht voor Femke Kok dezelfde uitslag als in content/articles/nieuw.md:10, de nieuwste tabel van 500 meter vrouwen op 2025-11-16 (die toont de site); gevonden: status gefinisht hier, DQ daar',
        severity: 'warning',
      },
    ]);
  });

  it('warns about another place, whichever article is listed first', () => {
    const newer = publishing('nieuw', '2025-11-17T10:00:00Z', [kok({ position: 2 })]);
    const older = publishing('oud', '2025-11-16T20:00:00Z', [kok()]);
    expect(warningsFor([older, newer]).map((warning) => warning.message)).toEqual([
      'verwacht voor Femke Kok dezelfde uitslag als in content/articles/nieuw.md:10, de nieuwste tabel van 500 meter vrouwen op 2025-11-16 (die toont de site); gevonden: plaats 1 hier, 2 daar',
    ]);
  });

  it('does not warn where one table leaves out what the other gives (a selection without times)', () => {
    const newer = publishing('nieuw', '2025-11-17T10:00:00Z', [kok()]);
    const older = publishing('oud', '2025-11-16T20:00:00Z', [
      kok({ time: undefined }),
      makeRow({ name: 'Erin Jackson' }),
    ]);
    expect(warningsFor([newer, older])).toEqual([]);
  });

  it('warns about a second table of the same race in one article', () => {
    const article = publishing('twee-keer', '2025-11-17T10:00:00Z', [kok()], [kok()]);
    expect(warningsFor([article])).toEqual([
      {
        file: 'content/articles/twee-keer.md',
        line: 20,
        field: 'results',
        message:
          'verwacht één tabel per race in een stuk; gevonden: een tweede tabel van 500 meter vrouwen op 2025-11-16, na die op regel 10 (de site toont alleen die)',
        severity: 'warning',
      },
    ]);
  });
});
