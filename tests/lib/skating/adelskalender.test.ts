import { formatPoints } from '@/lib/skating/samalog';
import { adelskalender, samalogOfBests } from '@/lib/skating/adelskalender';
import { personalBests } from '@/lib/skating/bests';
import type { Distance, Race } from '@/lib/types';
import { race, row } from './support/races';

/** Made-up skaters: one race per distance, each with the given times. */
function allround(sex: 'vrouwen' | 'mannen', times: Record<string, [Distance, string][]>): Race[] {
  const races: Race[] = [];
  for (const [name, perDistance] of Object.entries(times)) {
    for (const [distance, time] of perDistance) {
      races.push(
        race({
          distance,
          sex,
          date: '2025-12-06',
          suffix: `/${name}`,
          rows: [row({ name, time })],
        }),
      );
    }
  }
  return races;
}

describe('adelskalender', () => {
  const women = allround('vrouwen', {
    // 38,000 + 38,000 + 40,000 + 41,000 = 157,000
    'Anna Allround': [
      ['500', '38.00'],
      ['1500', '1:54.00'],
      ['3000', '4:00.00'],
      ['5000', '6:50.00'],
    ],
    // 37,500 + 37,763 (37,7633…) + 39,666 (39,6666…) + 40,850 = 155,779
    'Bea Snel': [
      ['500', '37.50'],
      ['1500', '1:53.29'],
      ['3000', '3:58.00'],
      ['5000', '6:48.50'],
    ],
    // The same sum as Anna: they share second place.
    'Cor Gelijk': [
      ['500', '38.00'],
      ['1500', '1:54.00'],
      ['3000', '4:00.00'],
      ['5000', '6:50.00'],
    ],
    // No 5000 m: not in the ranking.
    'Dini Sprint': [
      ['500', '36.50'],
      ['1500', '1:52.00'],
      ['3000', '4:10.00'],
    ],
  });

  it('ranks the women on 500, 1500, 3000 and 5000 m, lowest sum first, equal sums sharing a place', () => {
    const ranking = adelskalender(women, 'vrouwen');

    expect(ranking.map((entry) => [entry.place, entry.athlete.name, formatPoints(entry.samalog.points)])).toEqual([
      [1, 'Bea Snel', '155,779'],
      [2, 'Anna Allround', '157,000'],
      [2, 'Cor Gelijk', '157,000'],
    ]);
  });

  it('ranks the men on 500, 1500, 5000 and 10000 m, and leaves the women out', () => {
    const men = allround('mannen', {
      // 35,000 + 34,186 (1.42,56) + 37,000 + 38,500 = 144,686
      'Eef Heren': [
        ['500', '35.00'],
        ['1500', '1:42.56'],
        ['5000', '6:10.00'],
        ['10000', '12:50.00'],
      ],
    });

    const ranking = adelskalender([...men, ...women], 'mannen');

    expect(ranking.map((entry) => [entry.place, entry.athlete.name, formatPoints(entry.samalog.points)])).toEqual([
      [1, 'Eef Heren', '144,686'],
    ]);
    expect(ranking[0]!.samalog.parts.map((part) => formatPoints(part.points))).toEqual([
      '35,000',
      '34,186',
      '37,000',
      '38,500',
    ]);
  });
});

describe('samalogOfBests', () => {
  it('gives nothing when the combination is not complete', () => {
    expect(samalogOfBests(personalBests(women(), 'dini-sprint'), 'vrouwen')).toBeUndefined();
  });

  function women(): Race[] {
    return allround('vrouwen', {
      'Dini Sprint': [
        ['500', '36.50'],
        ['1500', '1:52.00'],
        ['3000', '4:10.00'],
      ],
    });
  }
});
