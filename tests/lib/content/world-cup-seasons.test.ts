import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath } from '@/lib/content/files';
import { loadContent } from '@/lib/content/load';
import { ProblemList } from '@/lib/content/problems';
import { readWorldCupSeasons } from '@/lib/content/world-cup-seasons';

// The World Cup's data files beside the Markdown folders: read and checked as part of the
// content, every problem with its file and line; what is not a season file is ignored, and said.

const SEASON = `points:
  A: [60, 54, 48]
weekends:
  - name: Wereldbeker Testdorp
    start: 2025-11-14
    end: 2025-11-16
    vrouwen: [500]
`;

const COMPETITION = (division: string) =>
  `---\nname: Wereldbeker Testdorp\nstart: 2025-11-14\nend: 2025-11-16\nlocation: Testdorp\nworldcup: ${division}\n---\n`;

let root = '';
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wereldbeker-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

const shown = (file: string) => displayPath(path.join(root, file));

describe('readWorldCupSeasons', () => {
  it('has no seasons when the content has no wereldbeker folder', () => {
    const problems = new ProblemList();

    expect(readWorldCupSeasons(root, problems)).toEqual({ seasons: [], ignored: [] });
    expect(problems.items).toEqual([]);
  });

  it('reads .yml and .yaml files, oldest season first, and ignores drafts, notes and subfolders', () => {
    write({
      'wereldbeker/2025-2026.yml': SEASON,
      'wereldbeker/2024-2025.yaml': SEASON.replace(/2025-11-1/g, '2024-11-1'),
      'wereldbeker/_2026-2027.yml': 'niet: af',
      'wereldbeker/notities.txt': 'programma volgt',
      'wereldbeker/oud/2023-2024.yml': SEASON,
    });
    const problems = new ProblemList();

    const { seasons, ignored } = readWorldCupSeasons(root, problems);

    expect(problems.items).toEqual([]);
    expect(seasons.map((season) => [season.season.label, season.file])).toEqual([
      ['2024/2025', shown('wereldbeker/2024-2025.yaml')],
      ['2025/2026', shown('wereldbeker/2025-2026.yml')],
    ]);
    expect(ignored).toEqual([
      shown('wereldbeker/_2026-2027.yml'),
      shown('wereldbeker/notities.txt'),
      shown('wereldbeker/oud'),
    ]);
  });

  it('refuses a second file of one season, naming the first', () => {
    write({ 'wereldbeker/2025-2026.yaml': SEASON, 'wereldbeker/2025-2026.yml': SEASON });
    const problems = new ProblemList();

    const { seasons } = readWorldCupSeasons(root, problems);

    expect(seasons).toHaveLength(1);
    expect(problems.items).toEqual([
      {
        file: shown('wereldbeker/2025-2026.yml'),
        line: 1,
        field: 'bestandsnaam',
        message: `verwacht één bestand per seizoen; ${shown('wereldbeker/2025-2026.yaml')} is hetzelfde seizoen`,
        severity: 'error',
      },
    ]);
  });
});

describe('loadContent with World Cup data', () => {
  const load = () => loadContent({ root, now: new Date('2026-01-01T12:00:00Z'), includeUnpublished: false });

  it('puts the seasons in the content, and lists the ignored files with the others', () => {
    write({ 'wereldbeker/2025-2026.yml': SEASON, 'wereldbeker/leesmij.md': '# Nog niets' });

    const content = load();

    expect(content.worldCupSeasons.map((season) => season.points)).toEqual([{ A: [60, 54, 48] }]);
    expect(content.summary.ignored).toEqual([shown('wereldbeker/leesmij.md')]);
  });

  it('stops on a broken season file with its line, together with the other problems', () => {
    write({
      'wereldbeker/2025-2026.yml': SEASON.replace('vrouwen: [500]', 'vrouwen: [400]'),
      'events/wereldbeker-testdorp.md': COMPETITION('Z'),
    });

    expect(load).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({ file: shown('events/wereldbeker-testdorp.md'), line: 6, field: 'worldcup' }),
          expect.objectContaining({
            file: shown('wereldbeker/2025-2026.yml'),
            line: 7,
            field: 'weekends, nummer 1, vrouwen',
            message: expect.stringContaining('verwacht een afstand'),
          }),
        ],
      }),
    );
  });

  it('warns about a World Cup competition whose season has no file, or whose division no points', () => {
    write({ 'events/wereldbeker-testdorp.md': COMPETITION('A') });
    expect(load().warnings).toEqual([
      expect.objectContaining({
        file: shown('events/wereldbeker-testdorp.md'),
        line: 6,
        field: 'worldcup',
        message: expect.stringContaining('verwacht een bestand wereldbeker/<seizoen>.yml'),
      }),
    ]);

    write({ 'wereldbeker/2025-2026.yml': SEASON, 'events/wereldbeker-testdorp.md': COMPETITION('B') });
    expect(load().warnings).toEqual([
      expect.objectContaining({
        field: 'worldcup',
        message: expect.stringContaining('verwacht punten voor divisie B'),
      }),
    ]);

    write({ 'events/wereldbeker-testdorp.md': COMPETITION('A') });
    expect(load().warnings).toEqual([]);
  });
});
