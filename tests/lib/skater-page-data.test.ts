import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { athletePageData, type AthletePageData } from '@/lib/page-data';
import { createSiteModel } from '@/lib/site-model';
import { row } from './skating/support/races';
import { modelOf } from './support/site-model';
import { LEERDAM, leerdamHistory, raceArticle, THIALF_DECEMBER_2024 } from './support/skater-history';
import { makeAthlete } from '../components/support/factories';

// What a skater's page computes from the site's races, for the build's day (#20 point 3).

const REAL_CONTENT = path.join(import.meta.dirname, '../../content');

function leerdamOn(builtAt: string): AthletePageData {
  const data = athletePageData(
    modelOf({ articles: leerdamHistory(), athletes: [LEERDAM], competitions: [] }, new Date(builtAt)),
    'jutta-leerdam',
  );
  if (!data) throw new Error('no page for Jutta Leerdam');
  return data;
}

describe('athletePageData on the first story', () => {
  const now = new Date('2025-12-01T12:00:00Z');
  const model = createSiteModel(loadContent({ root: REAL_CONTENT, now, includeUnpublished: false }), now);

  it('gives Femke Kok her 36,09 of 16 November 2025 as her personal best, with competition, track and article', () => {
    expect(athletePageData(model, 'femke-kok')?.personalBests).toEqual([
      {
        distance: '500',
        sex: 'vrouwen',
        time: { ms: 36_090, decimals: 2 },
        day: '2025-11-16',
        competition: { slug: 'wereldbeker-salt-lake-city-2025', name: 'Wereldbeker Salt Lake City' },
        track: 'Utah Olympic Oval',
        article: {
          slug: 'leerdam-en-blondin-botsen-bij-het-inrijden',
          title: 'Leerdam en Blondin botsen hard bij het inrijden in Salt Lake City',
        },
      },
    ]);
  });

  it('lists that time as her best of the current season, 2025/2026', () => {
    const seasons = athletePageData(model, 'femke-kok')?.seasonBests ?? [];
    expect(
      seasons.map(({ season, current, bests }) => [season.label, current, bests.map((best) => best.time.ms)]),
    ).toEqual([['2025/2026', true, [36_090]]]);
  });

  it('gives a team pursuit skater no personal best, but lists the race under its season and distance', () => {
    const data = athletePageData(model, 'joy-beune');
    expect(data?.personalBests).toEqual([]);
    expect(
      data?.resultsBySeason.map(({ season, groups }) => [season.label, groups.map((group) => group.distance)]),
    ).toEqual([['2025/2026', ['ploegenachtervolging']]]);
  });
});

describe('athletePageData on a skater with races in two seasons', () => {
  const data = leerdamOn('2025-12-01T12:00:00Z');

  it('takes the fastest time as the personal best, from the season it was skated in', () => {
    expect(data.personalBests.map((best) => [best.distance, best.time.ms, best.day, best.track])).toEqual([
      ['500', 36_900, '2025-11-16', 'Utah Olympic Oval'],
      ['1000', 73_500, '2024-12-08', 'Thialf'],
    ]);
  });

  it('gives each season its own bests, the current one first', () => {
    expect(
      data.seasonBests.map(({ season, current, bests }) => [season.label, current, bests.map((best) => best.time.ms)]),
    ).toEqual([
      ['2025/2026', true, [36_900]],
      ['2024/2025', false, [36_980, 73_500]],
    ]);
  });

  it('groups the races by season, newest first, and by distance, each with the race day', () => {
    expect(
      data.resultsBySeason.map(({ season, groups }) => [
        season.label,
        groups.map(({ distance, entries }) => [distance, entries.map((entry) => entry.day)]),
      ]),
    ).toEqual([
      ['2025/2026', [['500', ['2025-11-15', '2025-11-16']]]],
      [
        '2024/2025',
        [
          ['500', ['2024-12-07']],
          ['1000', ['2024-12-08']],
        ],
      ],
    ]);
  });

  it('knows from the history what each race was: the 36,90 beat her 36,98 and the 37,35 before it, the 37,35 beat nothing', () => {
    const [slc] = data.resultsBySeason;
    expect(slc?.groups[0]?.entries.map((entry) => [entry.row.time?.ms, entry.computedMarkers])).toEqual([
      [37_350, []],
      // Also the fastest the site knows at the Utah Olympic Oval and of a Dutch woman: BR and NR.
      [36_900, ['BR', 'NR', 'PR', 'SB']],
    ]);
  });

  it('draws a progression only for a distance with two times or more', () => {
    expect(data.progressions.map(({ distance, points }) => [distance, points.map((point) => point.best)])).toEqual([
      ['500', [true, false, true]],
    ]);
  });

  it('lists the current season without times when the skater has none yet this season', () => {
    const later = leerdamOn('2026-08-01T12:00:00Z');
    expect(later.seasonBests.map(({ season, current, bests }) => [season.label, current, bests.length])).toEqual([
      ['2026/2027', true, 0],
      ['2025/2026', false, 1],
      ['2024/2025', false, 2],
    ]);
  });

  it('has no samalog while a distance of the combination is missing', () => {
    expect(data.samalog).toEqual([]);
  });
});

describe("athletePageData's age", () => {
  it('is a year more on the birthday, by the day in Amsterdam', () => {
    // Born 30 December 1998: 23:30 UTC on the 29th is already the 30th in Amsterdam.
    expect(leerdamOn('2025-12-29T22:30:00Z').age).toBe(26);
    expect(leerdamOn('2025-12-29T23:30:00Z').age).toBe(27);
  });

  it('is left out when the birthday is not known', () => {
    const now = new Date('2025-12-01T12:00:00Z');
    const model = modelOf({ athletes: [makeAthlete({ born: undefined })] }, now);
    expect(athletePageData(model, 'jutta-leerdam')).not.toHaveProperty('age');
  });
});

describe("athletePageData's samalog", () => {
  const allround = (distance: '500' | '1500' | '3000' | '5000', time: string, date: string) =>
    raceArticle({
      slug: `thialf-${distance}`,
      competition: THIALF_DECEMBER_2024,
      date,
      distance,
      rows: [row({ name: 'Joy Beune', position: 1, country: 'NED', time })],
    });
  const beune = makeAthlete({ slug: 'joy-beune', name: 'Joy Beune', born: '1999-05-14' });
  const articles = [
    allround('5000', '6:50.00', '2024-12-08'),
    allround('3000', '3:55.00', '2024-12-07'),
    allround('1500', '1:52.00', '2024-12-07'),
    allround('500', '38.50', '2024-12-06'),
  ];

  it('sums the cut points of the four bests when the combination is complete', () => {
    const data = athletePageData(modelOf({ articles, athletes: [beune] }), 'joy-beune');
    // 38,500 + 37,333 (1.52,00) + 39,166 (3.55,00) + 41,000 (6.50,00)
    expect(data?.samalog).toEqual([expect.objectContaining({ sex: 'vrouwen', points: 155_999 })]);
    expect(data?.samalog[0]?.parts.map((part) => [part.distance, part.points])).toEqual([
      ['500', 38_500],
      ['1500', 37_333],
      ['3000', 39_166],
      ['5000', 41_000],
    ]);
  });

  it('has none without the 5000 m', () => {
    const data = athletePageData(modelOf({ articles: articles.slice(1), athletes: [beune] }), 'joy-beune');
    expect(data?.samalog).toEqual([]);
  });
});
