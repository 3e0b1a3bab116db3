import { seasonStartingIn } from '@/lib/skating/seasons';
import { findStanding, worldCupStandings, type WorldCupRace } from '@/lib/skating/world-cup';
import type { WorldCupSeason } from '@/lib/skating/world-cup-data';
import type { Competition } from '@/lib/types';
import { competition, race, row, SALT_LAKE_CITY_2025, secondSaltLake500 } from './support/races';

const DIVISION_A = [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21];
const SLC_A: Competition = { ...SALT_LAKE_CITY_2025, worldCup: { division: 'A' } };
const HEERENVEEN_A = competition({
  slug: 'wereldbeker-heerenveen-2025',
  start: '2025-12-05',
  end: '2025-12-07',
  venue: 'Thialf',
  worldCup: { division: 'A' },
});

const SEASON: WorldCupSeason = {
  season: seasonStartingIn(2025),
  file: 'content/wereldbeker/2025-2026.yml',
  points: { A: DIVISION_A },
  weekends: [
    {
      name: 'Wereldbeker Salt Lake City',
      start: '2025-11-14',
      end: '2025-11-16',
      races: [
        { distance: '500', sex: 'vrouwen' },
        { distance: '500', sex: 'vrouwen' },
      ],
    },
    {
      name: 'Wereldbeker Heerenveen',
      start: '2025-12-05',
      end: '2025-12-07',
      races: [{ distance: '500', sex: 'vrouwen' }],
    },
  ],
};

/** A World Cup 500 m with skaters named after their place, 1 to `places`. */
function fullRace(date: string, where: Competition, places: number): WorldCupRace {
  const rows = Array.from({ length: places }, (_, index) =>
    row({ name: `Rijder ${index + 1}`, position: index + 1, time: (37 + index / 100).toFixed(2) }),
  );
  return race({ distance: '500', date, competition: where, rows });
}

describe('worldCupStandings', () => {
  it('gives places 1 to 20 of division A the points of the table, and place 21 none', () => {
    const standing = findStanding(
      worldCupStandings([fullRace('2025-11-15', SLC_A, 21)], SEASON),
      { distance: '500', sex: 'vrouwen' },
      'A',
    );

    expect(standing?.rows.map((entry) => [entry.competitor.name, entry.points])).toEqual(
      DIVISION_A.map((points, index) => [`Rijder ${index + 1}`, points]),
    );
    expect(standing?.rows.map((entry) => entry.place)).toEqual(DIVISION_A.map((_, index) => index + 1));
  });

  it('adds up the races, shares a place between equal totals, and gives a DQ nothing', () => {
    const first = race({
      distance: '500',
      date: '2025-11-15',
      competition: SLC_A,
      rows: [
        row({ name: 'Femke Kok', position: 1 }),
        row({ name: 'Jutta Leerdam', position: 5 }),
        row({ name: 'Erin Jackson', status: 'DQ' }),
      ],
    });
    const second = race({
      distance: '500',
      date: '2025-12-06',
      competition: HEERENVEEN_A,
      rows: [
        row({ name: 'Erin Jackson', position: 1 }),
        row({ name: 'Femke Kok', position: 5 }),
        row({ name: 'Jutta Leerdam', position: 10 }),
      ],
    });

    const standing = findStanding(worldCupStandings([second, first], SEASON), { distance: '500', sex: 'vrouwen' }, 'A');

    // Kok 60 + 40 = 100; Jackson 0 + 60; Leerdam 40 + 31 = 71.
    expect(
      standing?.rows.map((entry) => [entry.place, entry.competitor.name, entry.points, entry.results.length]),
    ).toEqual([
      [1, 'Femke Kok', 100, 2],
      [2, 'Jutta Leerdam', 71, 2],
      [3, 'Erin Jackson', 60, 1],
    ]);
  });

  it("scores the first story's second 500 m by place: Kok's win 60, Leerdam's tenth place 31", () => {
    const sunday = secondSaltLake500();
    const standing = findStanding(
      worldCupStandings([{ ...sunday, competition: SLC_A }], SEASON),
      { distance: '500', sex: 'vrouwen' },
      'A',
    );

    // Boersma and Fledderus skated the same 37,11 but were placed fifth and sixth: the places decide.
    expect(standing?.rows.map((entry) => [entry.place, entry.competitor.name, entry.points])).toEqual([
      [1, 'Femke Kok', 60],
      [2, 'Erin Jackson', 54],
      [3, 'Lee Na-hyun', 48],
      [4, 'Anna Boersma', 40],
      [5, 'Marrit Fledderus', 38],
      [6, 'Jutta Leerdam', 31],
      [7, 'Angel Daleman', 28],
    ]);
  });

  it('gives a place shared in the results the same points, and equal totals a shared place in name order', () => {
    const shared = race({
      distance: '1000',
      date: '2025-11-15',
      competition: SLC_A,
      rows: [
        row({ name: 'Miho Takagi', position: 1 }),
        row({ name: 'Jutta Leerdam', position: 2 }),
        row({ name: 'Femke Kok', position: 2 }),
      ],
    });

    const standing = findStanding(worldCupStandings([shared], SEASON), { distance: '1000', sex: 'vrouwen' }, 'A');

    expect(standing?.rows.map((entry) => [entry.place, entry.competitor.name, entry.points])).toEqual([
      [1, 'Miho Takagi', 60],
      [2, 'Femke Kok', 54],
      [2, 'Jutta Leerdam', 54],
    ]);
  });

  it('counts only World Cup races of the division and the season, and names the planned races the site lacks', () => {
    const notWorldCup = fullRace('2025-11-15', SALT_LAKE_CITY_2025, 3);
    const divisionB = fullRace('2025-11-15', { ...SALT_LAKE_CITY_2025, worldCup: { division: 'B' } }, 3);
    const lastSeason = fullRace('2025-03-08', { ...HEERENVEEN_A, start: '2025-03-07' }, 3);
    const counted = fullRace('2025-11-16', SLC_A, 3);

    const standings = worldCupStandings([notWorldCup, divisionB, lastSeason, counted], SEASON);
    const standing = findStanding(standings, { distance: '500', sex: 'vrouwen' }, 'A');

    expect(standing?.counted).toEqual([counted]);
    expect(standing?.missing.map((missing) => missing.weekend.name)).toEqual([
      'Wereldbeker Salt Lake City',
      'Wereldbeker Heerenveen',
    ]);
    // No table for division B in this season: no standings for it.
    expect(standings.map((entry) => entry.division)).toEqual(['A']);
  });

  it("takes a mass start's points from its points column", () => {
    const massStart = race({
      distance: 'massastart',
      date: '2025-11-16',
      competition: SLC_A,
      extraColumns: ['Ptn'],
      rows: [
        row({ name: 'Marijke Groenewoud', position: 1, extra: ['60'] }),
        row({ name: 'Ivanie Blondin', position: 2, extra: ['40'] }),
        row({ name: 'Irene Schouten', position: 3, extra: [''] }),
      ],
    });

    const standing = findStanding(
      worldCupStandings([massStart], SEASON),
      { distance: 'massastart', sex: 'vrouwen' },
      'A',
    );

    expect(standing?.rows.map((entry) => [entry.competitor.name, entry.points])).toEqual([
      ['Marijke Groenewoud', 60],
      ['Ivanie Blondin', 40],
    ]);
  });

  it('scores a team event per country', () => {
    const pursuit = race({
      distance: 'ploegenachtervolging',
      date: '2025-11-16',
      competition: SLC_A,
      rows: [
        row({ name: 'Japan', slug: null, country: 'JPN', position: 1 }),
        row({
          name: 'Canada',
          slug: null,
          country: 'CAN',
          position: 2,
          members: ['Ivanie Blondin', 'Valérie Maltais', 'Isabelle Weidemann'],
        }),
      ],
    });

    const standing = findStanding(
      worldCupStandings([pursuit], SEASON),
      { distance: 'ploegenachtervolging', sex: 'vrouwen' },
      'A',
    );

    expect(standing?.rows.map((entry) => [entry.competitor.key, entry.points])).toEqual([
      ['team:JPN', 60],
      ['team:CAN', 54],
    ]);
  });
});
