import fs from 'node:fs';
import { parseWorldCupSeason } from '@/lib/skating/world-cup-data';

const FILE = 'content/wereldbeker/2025-2026.yml';

describe('parseWorldCupSeason', () => {
  it("reads the site's own 2025/2026 file: division A's table, places 1 to 20", () => {
    const { season, problems } = parseWorldCupSeason(fs.readFileSync(FILE, 'utf8'), FILE);

    expect(problems).toEqual([]);
    expect(season?.season.label).toBe('2025/2026');
    expect(season?.points.A).toEqual([60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(season?.points.B).toBeUndefined();
    expect(season?.weekends[0]).toMatchObject({
      name: 'Wereldbeker Salt Lake City',
      start: '2025-11-14',
      end: '2025-11-16',
    });
  });

  it('reads the distances of a weekend per category, numbers and words alike, a repeated one twice', () => {
    const text = [
      'points:',
      '  A: [60, 54]',
      'weekends:',
      '  - name: Wereldbeker Thialf',
      '    start: 2025-12-05',
      '    end: 2025-12-07',
      '    mannen: [500, 500, massastart]',
      '    vrouwen: [3000]',
      '',
    ].join('\n');

    const { season } = parseWorldCupSeason(text, 'content/wereldbeker/2025-2026.yml');

    expect(season?.weekends[0]?.races).toEqual([
      { distance: '3000', sex: 'vrouwen' },
      { distance: '500', sex: 'mannen' },
      { distance: '500', sex: 'mannen' },
      { distance: 'massastart', sex: 'mannen' },
    ]);
  });

  it('reports every problem in one run, in Dutch, with its line', () => {
    const text = [
      'points:', // 1
      '  A: [60, 54, 58]', // 2
      'weekends:', // 3
      '  - name: Wereldbeker Thialf', // 4
      '    start: 2026-07-05', // 5
      '    end: 2025-12-07', // 6
      '    vrouwen: [500, 1200]', // 7
      '    dames: [500]', // 8
      '',
    ].join('\n');

    const { season, problems } = parseWorldCupSeason(text, 'content/wereldbeker/2025-2026.yml');

    expect(season).toBeUndefined();
    expect(problems.map((problem) => `${problem.line}: ${problem.field}: ${problem.message}`)).toEqual([
      '2: points, divisie A: verwacht voor plaats 3 een heel getal boven nul, niet meer dan plaats 2 krijgt (gevonden: 58)',
      '8: dames: verwacht alleen de velden name, start, end, vrouwen, mannen (gevonden: "dames")',
      '5: weekends, nummer 1, start: verwacht een dag in seizoen 2025/2026, van 2025-07-01 tot en met 2026-06-30 (gevonden: 2026-07-05)',
      '7: weekends, nummer 1, vrouwen: verwacht een afstand: 500, 1000, 1500, 3000, 5000, 10000, massastart, ploegenachtervolging, teamsprint (gevonden: 1200)',
    ]);
    expect(
      problems.every((problem) => problem.file === 'content/wereldbeker/2025-2026.yml' && problem.severity === 'error'),
    ).toBe(true);
  });

  it('wants a season as the file name', () => {
    const { problems } = parseWorldCupSeason('points:\n  A: [60]\nweekends: []\n', 'content/wereldbeker/2025.yml');

    expect(problems.map((problem) => problem.message)).toEqual([
      'verwacht een seizoen als naam, zoals 2025-2026.yml (gevonden: "2025")',
    ]);
  });

  it('reports YAML that cannot be read at its line', () => {
    const { problems } = parseWorldCupSeason(
      'points:\n  A: [60, 54\nweekends: []\n',
      'content/wereldbeker/2025-2026.yml',
    );

    expect(problems[0]).toMatchObject({ field: 'YAML', severity: 'error' });
    expect(problems[0]?.message).toMatch(/^verwacht geldige YAML/);
  });

  it('asks for division A', () => {
    const { problems } = parseWorldCupSeason(
      'points:\n  B: [25, 19]\nweekends: []\n',
      'content/wereldbeker/2025-2026.yml',
    );

    expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '1: verwacht de punten per plaats van divisie A, en eventueel B, zoals A: [60, 54, 48] (gevonden: een groep velden)',
    ]);
  });
});
