import { championshipClassification } from '@/lib/skating/championship';
import { competition, race, row } from './support/races';

// Made-up skaters at a made-up championship; the points worked out by hand: a time's seconds
// divided by the distance over 500 m, cut to three decimals, then summed.

const EK = competition({
  slug: 'ek-allround-testdorp',
  start: '2026-01-09',
  end: '2026-01-11',
  championship: 'allround',
});

function allround(rows: { [distance: string]: ReturnType<typeof row>[] }) {
  return [
    race({ distance: '500', date: '2026-01-09', competition: EK, rows: rows['500'] ?? [] }),
    race({ distance: '3000', date: '2026-01-09', competition: EK, rows: rows['3000'] ?? [] }),
    race({ distance: '1500', date: '2026-01-10', competition: EK, rows: rows['1500'] ?? [] }),
    race({ distance: '5000', date: '2026-01-11', competition: EK, rows: rows['5000'] ?? [] }),
  ];
}

describe('championshipClassification', () => {
  it('ranks the allround women by the sum of their samalog points, the lowest first', () => {
    const races = allround({
      '500': [row({ name: 'Anna Wit', time: '38.50' }), row({ name: 'Bea Zwart', time: '39.00' })],
      '1500': [row({ name: 'Anna Wit', time: '1:58.30' }), row({ name: 'Bea Zwart', time: '1:57.90' })],
      '3000': [row({ name: 'Anna Wit', time: '4:05.10' }), row({ name: 'Bea Zwart', time: '4:03.00' })],
      '5000': [row({ name: 'Anna Wit', time: '7:02.45' }), row({ name: 'Bea Zwart', time: '7:00.00' })],
    });

    const classification = championshipClassification(races, 'allround', 'vrouwen');

    // Zwart 39,000 + 39,300 + 40,500 + 42,000 = 160,800; Wit 38,500 + 39,433 (118,30 / 3, cut) + 40,850 + 42,245 = 161,028.
    expect(classification?.rows.map((entry) => [entry.place, entry.name, entry.points])).toEqual([
      [1, 'Bea Zwart', 160_800],
      [2, 'Anna Wit', 161_028],
    ]);
    expect(classification?.rows[1]?.parts.map((part) => part.points)).toEqual([38_500, 39_433, 40_850, 42_245]);
    expect(classification?.races.map((counted) => counted.distance)).toEqual(['500', '1500', '3000', '5000']);
  });

  it('leaves out a skater without every distance, and counts her as incomplete', () => {
    const races = allround({
      '500': [row({ name: 'Anna Wit', time: '38.50' }), row({ name: 'Cor Rood', time: '38.10' })],
      '1500': [row({ name: 'Anna Wit', time: '1:58.30' }), row({ name: 'Cor Rood', time: '1:56.00' })],
      '3000': [row({ name: 'Anna Wit', time: '4:05.10' }), row({ name: 'Cor Rood', time: '4:01.00' })],
      '5000': [row({ name: 'Anna Wit', time: '7:02.45' }), row({ name: 'Cor Rood', status: 'DNS' })],
    });

    const classification = championshipClassification(races, 'allround', 'vrouwen');

    expect(classification?.rows.map((entry) => entry.name)).toEqual(['Anna Wit']);
    expect(classification?.incomplete).toBe(1);
  });

  it('has no classification while a distance of the combination has no race on the site', () => {
    const [five, three, fifteen] = allround({ '500': [row({ name: 'Anna Wit', time: '38.50' })] });

    expect(championshipClassification([five!, three!, fifteen!], 'allround', 'vrouwen')).toBeUndefined();
  });

  it('counts the sprint 500 and 1000 twice each, the 1000 at half its time', () => {
    const NK = competition({ slug: 'nk-sprint', start: '2025-12-27', end: '2025-12-28', championship: 'sprint' });
    const sprint = (distance: '500' | '1000', date: string, time: string) =>
      race({ distance, date, competition: NK, rows: [row({ name: 'Dirk Blauw', time })], sex: 'mannen' });
    const races = [
      sprint('500', '2025-12-27', '34.80'),
      sprint('1000', '2025-12-27', '1:08.50'),
      sprint('500', '2025-12-28', '34.70'),
      sprint('1000', '2025-12-28', '1:08.20'),
    ];

    const classification = championshipClassification(races, 'sprint', 'mannen');

    // 34,800 + 34,250 + 34,700 + 34,100 = 137,850.
    expect(
      classification?.rows.map((entry) => [entry.name, entry.parts.map((part) => part.points), entry.points]),
    ).toEqual([['Dirk Blauw', [34_800, 34_250, 34_700, 34_100], 137_850]]);
    expect(classification?.races.map((counted) => `${counted.distance} ${counted.date}`)).toEqual([
      '500 2025-12-27',
      '1000 2025-12-27',
      '500 2025-12-28',
      '1000 2025-12-28',
    ]);
  });
});
