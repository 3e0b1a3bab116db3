import { pageFingerprints } from '@/lib/build/build-plan';
import {
  competitionPageData,
  worldCupIndexData,
  worldCupPageParams,
  worldCupSeasonPageData,
  worldCupStandingPageData,
} from '@/lib/page-data';
import { parseWorldCupSeason, type WorldCupSeason } from '@/lib/skating/world-cup-data';
import type { Competition, RaceInfo, ResultRow } from '@/lib/types';
import { makeArticle, makeResults } from '../components/support/factories';
import { row, SALT_LAKE_CITY_2025, secondSaltLake500 } from './skating/support/races';
import { modelOf } from './support/site-model';

// The World Cup pages' data, from the first story's second 500 m (Sunday 16 November 2025) at a
// World Cup of division A: Kok's win is worth 60 points, Leerdam's tenth place 31.

const SLC_A: Competition = { ...SALT_LAKE_CITY_2025, worldCup: { division: 'A' } };

const SEASON_FILE = `points:
  A: [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21]
weekends:
  - name: Wereldbeker Salt Lake City
    start: 2025-11-14
    end: 2025-11-16
    vrouwen: [500, 500, massastart]
  - name: Wereldbeker Testdorp
    start: 2025-12-05
    end: 2025-12-07
    vrouwen: [500]
`;

function season(text = SEASON_FILE): WorldCupSeason {
  const { season: parsed, problems } = parseWorldCupSeason(text, 'content/wereldbeker/2025-2026.yml');
  if (!parsed) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return parsed;
}

function raceArticle(slug: string, race: RaceInfo, rows: ResultRow[], extraColumns: string[] = [], event = SLC_A) {
  return makeArticle({
    slug,
    event,
    body: [makeResults({ title: slug, race, rows, extraColumns, columns: { position: true, country: true } })],
  });
}

/** The first story's 500 m, and a made-up mass start whose points column gives the second 20 points. */
function model(text?: string) {
  const sprint = raceArticle(
    'tweede-500-meter',
    { distance: '500', sex: 'vrouwen', date: '2025-11-16' },
    secondSaltLake500().rows,
  );
  const massStart = raceArticle(
    'massastart',
    { distance: 'massastart', sex: 'vrouwen', date: '2025-11-16' },
    [row({ name: 'Anna Wit', position: 1, extra: ['60'] }), row({ name: 'Bea Zwart', position: 2, extra: ['20'] })],
    ['Punten'],
  );
  return modelOf({ articles: [sprint, massStart], competitions: [SLC_A], worldCupSeasons: [season(text)] });
}

describe('worldCupSeasonPageData', () => {
  it("gives each distance's leaders with their points, and how many races count", () => {
    const data = worldCupSeasonPageData(model(), '2025-2026');

    expect(data?.season).toEqual({ label: '2025/2026', slug: '2025-2026' });
    expect(data?.counted).toBe(2);
    const sprint = data?.divisions[0]?.standings.find((standing) => standing.slug === '500-vrouwen');
    expect(sprint?.top.map((entry) => [entry.place, entry.name, entry.points])).toEqual([
      [1, 'Femke Kok', 60],
      [2, 'Erin Jackson', 54],
      [3, 'Lee Na-hyun', 48],
    ]);
    expect(sprint?.path).toBe('/wereldbeker/2025-2026/500-vrouwen/');
  });

  it('names the planned races the site has no results of, by weekend', () => {
    const data = worldCupSeasonPageData(model(), '2025-2026');

    const sprint = data?.divisions[0]?.standings.find((standing) => standing.slug === '500-vrouwen');
    expect(sprint?.counted).toBe(1);
    expect(sprint?.missing).toEqual([
      { weekend: 'Wereldbeker Salt Lake City', start: '2025-11-14', end: '2025-11-16' },
      { weekend: 'Wereldbeker Testdorp', start: '2025-12-05', end: '2025-12-07' },
    ]);
    expect(data?.weekends.map((weekend) => [weekend.name, weekend.published, weekend.planned])).toEqual([
      ['Wereldbeker Salt Lake City', 2, 3],
      ['Wereldbeker Testdorp', 0, 1],
    ]);
  });

  it('has no page for a season without a file', () => {
    expect(worldCupSeasonPageData(model(), '2024-2025')).toBeUndefined();
    expect(worldCupSeasonPageData(model(), 'seizoen')).toBeUndefined();
  });
});

describe('worldCupStandingPageData', () => {
  it('gives the whole standing: Leerdam tenth in the race, sixth in the standing with 31 points', () => {
    const data = worldCupStandingPageData(model(), '2025-2026', '500-vrouwen');

    expect(data?.label).toBe('500 meter vrouwen');
    const [division] = data?.divisions ?? [];
    expect(division?.races.map((race) => [race.date, race.competition.location])).toEqual([
      ['2025-11-16', 'Salt Lake City'],
    ]);
    expect(division?.rows.map((entry) => [entry.place, entry.name, entry.points, entry.perRace])).toEqual([
      [1, 'Femke Kok', 60, [60]],
      [2, 'Erin Jackson', 54, [54]],
      [3, 'Lee Na-hyun', 48, [48]],
      [4, 'Anna Boersma', 40, [40]],
      [5, 'Marrit Fledderus', 38, [38]],
      [6, 'Jutta Leerdam', 31, [31]],
      [7, 'Angel Daleman', 28, [28]],
    ]);
    // Linked where the table links the skater; Lee Na-hyun has no skater page.
    expect(division?.rows[5]).toMatchObject({ athlete: { slug: 'jutta-leerdam' }, country: 'NED' });
    expect(division?.rows[2]?.athlete).toBeUndefined();
  });

  it("scores a mass start by its table's points column, which the race keeps", () => {
    const data = worldCupStandingPageData(model(), '2025-2026', 'massastart-vrouwen');

    expect(data?.divisions[0]?.rows.map((entry) => [entry.name, entry.points])).toEqual([
      ['Anna Wit', 60],
      ['Bea Zwart', 20],
    ]);
  });

  it('has no page for a distance the season neither plans nor has races of', () => {
    expect(worldCupStandingPageData(model(), '2025-2026', '10000-mannen')).toBeUndefined();
  });
});

describe('the World Cup pages with parameters', () => {
  it('are the season and each of its distances and categories', () => {
    expect(worldCupPageParams(model())).toEqual([
      { season: '2025-2026' },
      { season: '2025-2026', standing: '500-vrouwen' },
      { season: '2025-2026', standing: 'massastart-vrouwen' },
    ]);
  });

  it('are fingerprinted for incremental builds, and change when the points table does', () => {
    const before = pageFingerprints(model());
    const after = pageFingerprints(model(SEASON_FILE.replace('[60, 54, 48,', '[60, 55, 48,')));

    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        '/wereldbeker/2025-2026/',
        '/wereldbeker/2025-2026/500-vrouwen/',
        '/wereldbeker/2025-2026/massastart-vrouwen/',
      ]),
    );
    expect(after['/wereldbeker/2025-2026/500-vrouwen/']).not.toBe(before['/wereldbeker/2025-2026/500-vrouwen/']);
    expect(after['/wereldbeker/2025-2026/']).not.toBe(before['/wereldbeker/2025-2026/']);
    // The mass start scores by its own column: the table does not reach it.
    expect(after['/wereldbeker/2025-2026/massastart-vrouwen/']).toBe(
      before['/wereldbeker/2025-2026/massastart-vrouwen/'],
    );
  });

  it('list every season on the index, newest first, with the races counted', () => {
    expect(worldCupIndexData(model())).toEqual({ seasons: [{ label: '2025/2026', slug: '2025-2026', counted: 2 }] });
  });
});

describe("a World Cup competition's page", () => {
  it("links to its season's standings, with its division", () => {
    expect(competitionPageData(model(), SLC_A.slug)?.worldCup).toEqual({
      division: 'A',
      season: { label: '2025/2026', slug: '2025-2026' },
      path: '/wereldbeker/2025-2026/',
    });
  });

  it('has no such link without the season file', () => {
    const withoutSeason = modelOf({ competitions: [SLC_A] });

    expect(competitionPageData(withoutSeason, SLC_A.slug)?.worldCup).toBeUndefined();
  });
});
