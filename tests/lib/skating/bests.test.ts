import { formatRaceTime } from '@/lib/race-time';
import { personalBests, progression, resultsBySeason, seasonBests } from '@/lib/skating/bests';
import { compareTimes } from '@/lib/skating/times';
import { firstSaltLake500, race, row, secondSaltLake500, time } from './support/races';

describe('personalBests', () => {
  it("gives Femke Kok's 36,09 world record of 16 November 2025 as her 500 m personal best", () => {
    const [best, ...others] = personalBests([secondSaltLake500(), firstSaltLake500()], 'femke-kok');

    expect(others).toEqual([]);
    expect(best).toMatchObject({ distance: '500', sex: 'vrouwen' });
    expect(formatRaceTime(best!.performance.time)).toBe('36,09');
    expect(best!.performance.race.date).toBe('2025-11-16');
    expect(best!.performance.race.competition.venue).toBe('Utah Olympic Oval');
    expect(best!.performance.race.article.slug).toBe('uitslag-2025-11-16');
  });

  it('keeps the earlier of two equal times', () => {
    const races = [
      race({ distance: '500', date: '2025-12-07', rows: [row({ name: 'Jutta Leerdam', time: '36.98' })] }),
      race({ distance: '500', date: '2026-01-10', rows: [row({ name: 'Jutta Leerdam', time: '36.98' })] }),
    ];

    expect(personalBests(races, 'jutta-leerdam')[0]?.performance.race.date).toBe('2025-12-07');
  });

  it('lets thousandths decide between equal hundredths, and keeps the earlier time when only one has them', () => {
    const races = [
      race({ distance: '1000', date: '2025-11-01', rows: [row({ name: 'Jutta Leerdam', time: '1:11.614' })] }),
      race({ distance: '1000', date: '2025-11-02', rows: [row({ name: 'Jutta Leerdam', time: '1:11.61' })] }),
      race({ distance: '1000', date: '2025-11-03', rows: [row({ name: 'Jutta Leerdam', time: '1:11.612' })] }),
    ];

    // 1.11,61 equals 1.11,614 (nobody knows the thousandths); 1.11,612 is faster than 1.11,614.
    expect(personalBests(races, 'jutta-leerdam')[0]?.performance.race.date).toBe('2025-11-03');
  });

  it('does not count a team pursuit, a team sprint, a mass start, a fall or a missing time', () => {
    const races = [
      race({ distance: '500', date: '2025-11-15', rows: [row({ name: 'Joy Beune', time: '39.80' })] }),
      race({
        distance: 'ploegenachtervolging',
        date: '2025-11-16',
        rows: [row({ name: 'Nederland', slug: null, time: '2:55.00', members: ['Joy Beune', 'Elisa Dul'] })],
      }),
      // A team's row linked to a skater by mistake still is a team's row.
      race({ distance: 'teamsprint', date: '2025-11-16', rows: [row({ name: 'Joy Beune', time: '1:25.00' })] }),
      race({ distance: 'massastart', date: '2025-11-16', rows: [row({ name: 'Joy Beune', time: '8:10.00' })] }),
      race({ distance: '1500', date: '2025-11-16', rows: [row({ name: 'Joy Beune', status: 'DQ', time: '1:50.00' })] }),
      race({ distance: '3000', date: '2025-11-16', rows: [row({ name: 'Joy Beune', status: 'DNF' })] }),
    ];

    expect(personalBests(races, 'joy-beune').map((best) => best.distance)).toEqual(['500']);
  });

  it('counts a row in a metric race that lists members as a team, never as an individual time', () => {
    const races = [
      race({
        distance: '1000',
        date: '2025-11-16',
        rows: [row({ name: 'Joy Beune', time: '1:15.00', members: ['Elisa Dul'] })],
      }),
    ];

    expect(personalBests(races, 'joy-beune')).toEqual([]);
  });
});

describe('seasonBests', () => {
  const juneRace = race({ distance: '500', date: '2025-06-30', rows: [row({ name: 'Jutta Leerdam', time: '37.50' })] });
  const julyRace = race({ distance: '500', date: '2025-07-01', rows: [row({ name: 'Jutta Leerdam', time: '38.20' })] });

  it('puts a race on 30 June in the old season and one on 1 July in the new, newest season first', () => {
    const [current, earlier] = seasonBests([juneRace, julyRace], 'jutta-leerdam');

    expect(current?.season.label).toBe('2025/2026');
    expect(formatRaceTime(current!.bests[0]!.performance.time)).toBe('38,20');
    expect(earlier?.season.label).toBe('2024/2025');
    expect(formatRaceTime(earlier!.bests[0]!.performance.time)).toBe('37,50');
  });

  it('keeps the personal best across the boundary: the faster June time', () => {
    expect(formatRaceTime(personalBests([juneRace, julyRace], 'jutta-leerdam')[0]!.performance.time)).toBe('37,50');
  });
});

describe('progression', () => {
  it('lists the times oldest first, marking each one that beat every earlier time', () => {
    const races = [
      secondSaltLake500(),
      firstSaltLake500(),
      race({ distance: '500', date: '2025-12-06', rows: [row({ name: 'Femke Kok', time: '36.50' })] }),
    ];

    const points = progression(races, 'femke-kok', '500', 'vrouwen');

    expect(points.map((point) => [point.race.date, formatRaceTime(point.time), point.best])).toEqual([
      ['2025-11-15', '36,48', true],
      ['2025-11-16', '36,09', true],
      ['2025-12-06', '36,50', false],
    ]);
  });
});

describe('resultsBySeason', () => {
  it('groups every race of a skater by season and distance, with team races and falls', () => {
    const races = [
      race({ distance: '500', date: '2025-06-01', rows: [row({ name: 'Joy Beune', time: '39.80' })] }),
      race({ distance: '1500', date: '2025-11-15', rows: [row({ name: 'Joy Beune', status: 'DNF' })] }),
      race({
        distance: 'ploegenachtervolging',
        date: '2025-11-16',
        rows: [row({ name: 'Nederland', slug: null, position: 5, members: ['Joy Beune', 'Elisa Dul'] })],
      }),
      race({ distance: '1500', date: '2025-12-07', rows: [row({ name: 'Joy Beune', time: '1:54.00' })] }),
    ];

    const seasons = resultsBySeason(races, 'joy-beune');

    expect(seasons.map((season) => season.season.label)).toEqual(['2025/2026', '2024/2025']);
    const groups = seasons[0]!.groups;
    expect(groups.map((group) => [group.distance, group.entries.map((entry) => entry.race.date)])).toEqual([
      ['1500', ['2025-11-15', '2025-12-07']],
      ['ploegenachtervolging', ['2025-11-16']],
    ]);
    expect(groups[1]!.entries[0]).toMatchObject({ asTeamMember: true, row: { name: 'Nederland' } });
  });
});

describe('compareTimes', () => {
  it.each([
    ['36.09', '36.10', -1],
    ['36.09', '36.09', 0],
    ['36.091', '36.094', -1],
    ['36.09', '36.094', 0],
    ['36.099', '36.10', -1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareTimes(time(a), time(b))).toBe(expected);
  });
});
