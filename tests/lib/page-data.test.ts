import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { competitionPageData } from '@/lib/page-data';
import { createSiteModel } from '@/lib/site-model';
import type { RaceInfo, ResultRow, ResultsBlock } from '@/lib/types';
import { makeArticle, makeCompetition, makeResults } from '../components/support/factories';
import { row } from './skating/support/races';
import { modelOf } from './support/site-model';

// What a competition's page renders, decided by the build's day.

const ROOT = path.join(import.meta.dirname, '../fixtures/content/valid');
const PUBLIC = path.join(import.meta.dirname, '../fixtures/public');

function pageOn(now: string, slug: string) {
  const at = new Date(now);
  const model = createSiteModel(loadContent({ root: ROOT, now: at, includeUnpublished: false, publicDir: PUBLIC }), at);
  return competitionPageData(model, slug);
}

describe('competitionPageData', () => {
  it('offers a competition for the agenda while it is still to come, up to its last day', () => {
    expect(pageOn('2025-11-10T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(true);
    expect(pageOn('2025-11-16T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(true);
  });

  it('no longer once it has been skated', () => {
    expect(pageOn('2025-11-17T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(false);
  });
});

// A competition's results by day and distance, and a championship's classification (#20 point 8).
describe('competitionPageData: the results by day and distance', () => {
  const NK = makeCompetition({ slug: 'nk-allround', start: '2025-12-27', end: '2025-12-28', championship: 'allround' });
  const table = (race: RaceInfo, rows: ResultRow[] = [row({ name: 'Anna Wit', time: '38.50' })]) =>
    makeResults({ title: `${race.distance} ${race.sex} ${race.date}`, race, rows });
  const day1 = '2025-12-27';
  const day2 = '2025-12-28';

  function page(body: ResultsBlock[]) {
    const article = makeArticle({ event: NK, body });
    return competitionPageData(modelOf({ articles: [article], competitions: [NK] }), NK.slug);
  }

  it('puts the races in order: day, then 500 to 10000 m, mass start and team events, women before men', () => {
    const data = page([
      table({ distance: '5000', sex: 'mannen', date: day2 }),
      table({ distance: 'ploegenachtervolging', sex: 'vrouwen', date: day2 }),
      table({ distance: '1500', sex: 'vrouwen', date: day2 }),
      makeResults({ title: 'Klassement na twee afstanden' }),
      table({ distance: '500', sex: 'mannen', date: day1 }),
      table({ distance: '500', sex: 'vrouwen', date: day1 }),
      table({ distance: '1500', sex: 'mannen', date: day2 }),
    ]);

    expect(
      data?.days.map((day) => [day.label, day.id, day.races.map((race) => `${race.label} (#${race.id})`)]),
    ).toEqual([
      [
        'Zaterdag 27 december 2025',
        'dag-2025-12-27',
        ['500 meter vrouwen (#uitslag-2025-12-27-500-vrouwen)', '500 meter mannen (#uitslag-2025-12-27-500-mannen)'],
      ],
      [
        'Zondag 28 december 2025',
        'dag-2025-12-28',
        [
          '1500 meter vrouwen (#uitslag-2025-12-28-1500-vrouwen)',
          '1500 meter mannen (#uitslag-2025-12-28-1500-mannen)',
          '5000 meter mannen (#uitslag-2025-12-28-5000-mannen)',
          'Ploegenachtervolging vrouwen (#uitslag-2025-12-28-ploegenachtervolging-vrouwen)',
        ],
      ],
    ]);
    expect(data?.otherResults.map((entry) => entry.block.title)).toEqual(['Klassement na twee afstanden']);
  });

  it("ranks an allround championship's skaters with every distance, and leaves out those without", () => {
    const women = (distance: RaceInfo['distance'], date: string, wit: string, zwart?: string) =>
      table({ distance, sex: 'vrouwen', date }, [
        row({ name: 'Anna Wit', time: wit }),
        ...(zwart ? [row({ name: 'Bea Zwart', time: zwart })] : []),
      ]);
    const data = page([
      women('500', day1, '38.50', '38.20'),
      women('3000', day1, '4:05.10', '4:06.00'),
      women('1500', day2, '1:58.30', '1:59.00'),
      women('5000', day2, '7:02.45'),
    ]);

    expect(data?.classifications).toEqual([
      expect.objectContaining({
        championship: 'allround',
        sex: 'vrouwen',
        columns: [
          { distance: '500', day: day1 },
          { distance: '1500', day: day2 },
          { distance: '3000', day: day1 },
          { distance: '5000', day: day2 },
        ],
        rows: [expect.objectContaining({ place: 1, name: 'Anna Wit', points: 161_028 })],
        incomplete: 1,
      }),
    ]);
  });

  it('has no classification for a competition that is no championship', () => {
    const article = makeArticle({
      event: makeCompetition(),
      body: [table({ distance: '500', sex: 'vrouwen', date: day1 })],
    });

    expect(
      competitionPageData(modelOf({ articles: [article], competitions: [makeCompetition()] }), 'wereldbeker-testdorp')
        ?.classifications,
    ).toEqual([]);
  });
});
