import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { ProblemList } from '@/lib/content/problems';
import { checkMarkers } from '@/lib/content/race-checks';
import type { RecordMarker } from '@/lib/types';
import { row } from '../skating/support/races';
import { leerdamHistory, raceArticle, THIALF_DECEMBER_2024 } from '../support/skater-history';

// `npm run check` warns about a written PR or SB that the site's history contradicts (#20 point 4).

/** Leerdam's history with `records` written in the row of her 37,35 (slower than her 36,98 of 2024-12-07). */
function withWritten(records: RecordMarker[]) {
  return leerdamHistory().map((article) =>
    article.slug !== 'slc-500-1'
      ? article
      : {
          ...article,
          body: article.body.map((block) =>
            block.kind === 'results'
              ? { ...block, rows: block.rows.map((candidate) => ({ ...candidate, records })) }
              : block,
          ),
        },
  );
}

function warningsFor(articles: ReturnType<typeof leerdamHistory>) {
  const problems = new ProblemList();
  checkMarkers(articles, (_file, index) => 12 + index * 10, problems);
  return problems.items.map(({ file, line, field, message, severity }) => ({ file, line, field, message, severity }));
}

describe('checkMarkers', () => {
  it('warns at the table about a written PR slower than an earlier time, in the words of the statistics', () => {
    expect(warningsFor(withWritten(['PR']))).toEqual([
      {
        file: 'content/articles/slc-500-1.md',
        line: 12,
        field: 'results row 1',
        message: 'PR geschreven, maar 37,35 is langzamer dan haar PR 36,98 van 2024-12-07',
        severity: 'warning',
      },
    ]);
  });

  it('warns about a written SB slower than an earlier time of the same season', () => {
    const articles = [
      raceArticle({
        slug: 'thialf-500-2',
        competition: THIALF_DECEMBER_2024,
        date: '2024-12-08',
        distance: '500',
        rows: [row({ name: 'Jutta Leerdam', position: 2, time: '37.20', records: ['SB'] })],
      }),
      ...leerdamHistory(),
    ];
    expect(warningsFor(articles).map((warning) => warning.message)).toEqual([
      'SB geschreven, maar 37,20 is langzamer dan haar SB 36,98 van 2024-12-07',
    ]);
  });

  it('does not warn about a PR the history agrees with, nor about a first known time', () => {
    const agreeing = leerdamHistory().map((article) =>
      article.slug === 'slc-500-2' || article.slug === 'thialf-500'
        ? {
            ...article,
            body: article.body.map((block) =>
              block.kind === 'results'
                ? { ...block, rows: block.rows.map((candidate) => ({ ...candidate, records: ['PR' as const] })) }
                : block,
            ),
          }
        : article,
    );
    expect(warningsFor(agreeing)).toEqual([]);
  });

  it('does not warn about markers the history cannot check, such as a WR', () => {
    expect(warningsFor(withWritten(['WR']))).toEqual([]);
  });
});

describe('loadContent', () => {
  it("puts the warning at the opening line of the race's table, without stopping the run", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'marker-checks-'));
    try {
      fs.cpSync(path.join(import.meta.dirname, '../../fixtures/content/races'), root, { recursive: true });
      fs.writeFileSync(
        path.join(root, 'articles', 'jansma-op-zondag.md'),
        [
          '---',
          'title: Jansma wint ook op zondag',
          'summary: Mirte Jansma won zondag opnieuw de 500 meter in IJsdorp.',
          'date: 2025-11-16T18:00:00+01:00',
          'author: redactie',
          'category: uitslagen',
          'athletes: [mirte-jansma]',
          'event: wereldbeker-ijsdorp-2025',
          '---',
          'Jansma won opnieuw, al was ze iets langzamer dan zaterdag.',
          '',
          ':::results{title="500 meter vrouwen, zondag" date="2025-11-16"}',
          '| Pos | Naam         | Land | Tijd  | Record |',
          '| --: | ------------ | ---- | ----: | ------ |',
          '| 1   | Mirte Jansma | NED  | 37.22 | PR     |',
          ':::',
          '',
        ].join('\n'),
      );
      const now = new Date('2026-01-01T12:00:00Z');
      const { warnings } = loadContent({ root, now, includeUnpublished: false });

      expect(warnings.filter((warning) => warning.message.startsWith('PR geschreven'))).toEqual([
        {
          // Outside the working folder, messages name the file by its full path.
          file: path.join(root, 'articles', 'jansma-op-zondag.md'),
          line: 12,
          field: 'results row 1',
          message: 'PR geschreven, maar 37,22 is langzamer dan haar PR 37,10 van 2025-11-15',
          severity: 'warning',
        },
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it.each(['../../../content', '../../fixtures/content/valid', '../../fixtures/content/races'])(
    'finds no written marker the history contradicts in %s',
    (folder) => {
      const root = path.join(import.meta.dirname, folder);
      const publicDir = path.join(
        import.meta.dirname,
        folder.includes('fixtures') ? '../../fixtures/public' : '../../../public',
      );
      const { warnings } = loadContent({
        root,
        now: new Date('2026-01-01T12:00:00Z'),
        includeUnpublished: true,
        publicDir,
      });

      expect(warnings.filter((warning) => / geschreven, maar /.test(warning.message))).toEqual([]);
    },
  );
});
