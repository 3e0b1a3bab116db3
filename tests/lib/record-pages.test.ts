import path from 'node:path';
import { pageFingerprints } from '@/lib/build/build-plan';
import { loadContent } from '@/lib/content/load';
import { seasonPageData } from '@/lib/page-data';
import { formatRaceTime } from '@/lib/race-time';
import {
  adelskalenderData,
  adelskalenderPageData,
  racesModified,
  recordsPageData,
  seasonIndex,
} from '@/lib/record-pages';
import { formatPoints } from '@/lib/skating/samalog';
import { createSiteModel } from '@/lib/site-model';
import { competition, race, row } from './skating/support/races';

// What the record pages render, from the real content (the first story's results) and from races built here.

const NOW = new Date('2026-02-01T12:00:00Z');
const realModel = createSiteModel(
  loadContent({
    root: path.resolve('content'),
    now: NOW,
    includeUnpublished: false,
    publicDir: path.resolve('public'),
  }),
  NOW,
);
const FIRST_STORY = 'leerdam-en-blondin-botsen-bij-het-inrijden';

describe('recordsPageData on the real content', () => {
  const records = recordsPageData(realModel);

  it("lists Kok's 36,09 of 16 November 2025 as the world record on the 500 meter for women, with its race", () => {
    expect(records.world).toHaveLength(1);
    const [record] = records.world;
    expect(record).toMatchObject({
      distance: '500',
      sex: 'vrouwen',
      name: 'Femke Kok',
      athlete: { slug: 'femke-kok' },
      country: 'NED',
      race: {
        day: '2025-11-16',
        article: { slug: FIRST_STORY },
        competition: { slug: 'wereldbeker-salt-lake-city-2025', name: 'Wereldbeker Salt Lake City' },
      },
    });
    expect(formatRaceTime(record!.time)).toBe('36,09');
  });

  it('has the same time as the Dutch record: a Dutch world record is one', () => {
    expect(records.national.map((entry) => [entry.name, formatRaceTime(entry.time)])).toEqual([['Femke Kok', '36,09']]);
  });

  it("gives the Utah Olympic Oval's track record: the fastest time the site knows there", () => {
    expect(
      records.venues.map(({ venue, records: list }) => [
        venue,
        list.map((entry) => [entry.distance, entry.sex, entry.name, formatRaceTime(entry.time)]),
      ]),
    ).toEqual([['Utah Olympic Oval', [['500', 'vrouwen', 'Femke Kok', '36,09']]]]);
  });

  it('is plain data: it survives JSON as it is, as page data must', () => {
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});

describe('seasonPageData on the real content', () => {
  it('lists the 500 meter for women of 2025/2026, equal times sharing a place, unlinked skaters too', () => {
    const data = seasonPageData(realModel, '2025-2026');

    expect(data?.season).toEqual({ slug: '2025-2026', label: '2025/2026' });
    // The pursuit has no times, so only the 500 meter makes a list.
    expect(data?.lists.map(({ distance, sex }) => `${distance} ${sex}`)).toEqual(['500 vrouwen']);
    expect(data?.lists[0]?.entries.map((entry) => [entry.place, entry.name, formatRaceTime(entry.time)])).toEqual([
      [1, 'Femke Kok', '36,09'],
      [2, 'Erin Jackson', '36,57'],
      [3, 'Lee Na-hyun', '37,03'],
      [4, 'Anna Boersma', '37,11'],
      [4, 'Marrit Fledderus', '37,11'],
      [6, 'Jutta Leerdam', '37,35'],
      [7, 'Angel Daleman', '37,41'],
    ]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('has no page for a season without races or an address that is no season', () => {
    expect(seasonPageData(realModel, '2024-2025')).toBeUndefined();
    expect(seasonPageData(realModel, '2025-2027')).toBeUndefined();
    expect(seasonPageData(realModel, 'laatste')).toBeUndefined();
  });

  it('is in the index of seasons, and fingerprinted for incremental builds', () => {
    expect(seasonIndex(realModel.races)).toEqual([{ path: '/seizoen/2025-2026/', label: '2025/2026', races: 2 }]);
    expect(Object.keys(pageFingerprints(realModel))).toContain('/seizoen/2025-2026/');
  });
});

describe('adelskalenderData', () => {
  it('is empty on the real content: no skater has all four distances yet', () => {
    expect(adelskalenderPageData(realModel).categories.map(({ sex, entries }) => [sex, entries])).toEqual([
      ['vrouwen', []],
      ['mannen', []],
    ]);
  });

  const THIALF = competition({
    slug: 'nk-allround-2025',
    start: '2025-12-27',
    location: 'Heerenveen',
    venue: 'Thialf',
  });
  const women = (distance: '500' | '1500' | '3000' | '5000', date: string, times: [string, string][]) =>
    race({
      distance,
      date,
      competition: THIALF,
      rows: times.map(([name, time]) => row({ name, time })),
    });
  const races = [
    women('500', '2025-12-27', [
      ['Joy Beune', '38.00'],
      ['Marijke Groenewoud', '37.50'],
      ['Antoinette Rijpma-de Jong', '38.20'],
    ]),
    women('3000', '2025-12-27', [
      ['Joy Beune', '4:00.00'],
      ['Marijke Groenewoud', '4:01.00'],
      ['Antoinette Rijpma-de Jong', '3:58.00'],
    ]),
    women('1500', '2025-12-28', [
      ['Joy Beune', '1:42.56'],
      ['Marijke Groenewoud', '1:55.00'],
      ['Antoinette Rijpma-de Jong', '1:54.00'],
    ]),
    // Rijpma-de Jong skipped the 5000 meter: without all four she is not in the list.
    women('5000', '2025-12-28', [
      ['Joy Beune', '6:50.00'],
      ['Marijke Groenewoud', '6:45.00'],
    ]),
  ];
  const countries: Record<string, string> = { 'joy-beune': 'NED' };

  it('orders the skaters with all four distances by their points, lowest first, 1.42,56 giving 34,186', () => {
    const [vrouwen, mannen] = adelskalenderData(races, (slug) => countries[slug]).categories;

    expect(mannen?.entries).toEqual([]);
    expect(vrouwen?.distances).toEqual(['500', '1500', '3000', '5000']);
    expect(
      vrouwen?.entries.map((entry) => [
        entry.place,
        entry.athlete.name,
        entry.parts.map((part) => formatPoints(part.points)),
        formatPoints(entry.points),
      ]),
    ).toEqual([
      // 38,000 + 34,186 + 40,000 + 41,000
      [1, 'Joy Beune', ['38,000', '34,186', '40,000', '41,000'], '153,186'],
      // 37,500 + 38,333 + 40,166 + 40,500: cut per distance, never rounded
      [2, 'Marijke Groenewoud', ['37,500', '38,333', '40,166', '40,500'], '156,499'],
    ]);
    // The country from the skater's file; each time with the day it was skated.
    expect(vrouwen?.entries[0]?.country).toBe('NED');
    expect(vrouwen?.entries[0]?.parts.map((part) => part.race.day)).toEqual([
      '2025-12-27',
      '2025-12-28',
      '2025-12-27',
      '2025-12-28',
    ]);
  });
});

describe('racesModified', () => {
  it("dates the record pages by the newest change of an article with a race: the first story's", () => {
    const story = realModel.article(FIRST_STORY);
    expect(racesModified(realModel.races)).toEqual(story?.modified);
    expect(racesModified([])).toBeUndefined();
  });
});
