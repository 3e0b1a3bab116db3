import { calendarSeasons, isComing, seasonOf } from '@/lib/calendar/seasons';
import { makeCompetition } from '../../components/support/factories';

/** Noon in Amsterdam on a day, as the build's "now". */
const noonOn = (day: string) => new Date(`${day}T12:00:00+01:00`);

describe('seasonOf', () => {
  it.each([
    ['2025-07-01', '2025/2026'],
    ['2025-11-14', '2025/2026'],
    ['2026-01-01', '2025/2026'],
    ['2026-06-30', '2025/2026'],
    ['2026-07-01', '2026/2027'],
    ['2025-06-30', '2024/2025'],
  ])('puts %s in season %s', (day, label) => {
    expect(seasonOf(day).label).toBe(label);
  });

  it('runs from 1 July up to and including 30 June', () => {
    expect(seasonOf('2025-11-14')).toEqual({
      startYear: 2025,
      label: '2025/2026',
      firstDay: '2025-07-01',
      lastDay: '2026-06-30',
    });
  });
});

describe('isComing', () => {
  const competition = makeCompetition({ start: '2025-11-14', end: '2025-11-16' });

  it.each([
    ['before its first day', '2025-11-13', true],
    ['on its first day', '2025-11-14', true],
    ['on its last day', '2025-11-16', true],
    ['the day after its last day', '2025-11-17', false],
  ])('is %s: %s → %s', (_case, today, coming) => {
    expect(isComing(competition, today)).toBe(coming);
  });
});

describe('calendarSeasons', () => {
  it('puts a competition on 30 June in the old season and one on 1 July in the new one', () => {
    const june = makeCompetition({ slug: 'juni', start: '2026-06-30', end: '2026-06-30' });
    const july = makeCompetition({ slug: 'juli', start: '2026-07-01', end: '2026-07-01' });

    const seasons = calendarSeasons([june, july], noonOn('2026-01-01'));

    expect(seasons.map(({ season, coming }) => [season.label, coming.map((c) => c.slug)])).toEqual([
      ['2026/2027', ['juli']],
      ['2025/2026', ['juni']],
    ]);
  });

  it('keeps a competition that runs over New Year in the season of its first day', () => {
    const overNewYear = makeCompetition({ start: '2025-12-30', end: '2026-01-02' });

    const seasons = calendarSeasons([overNewYear], noonOn('2025-11-01'));

    expect(seasons).toHaveLength(1);
    expect(seasons[0]?.season.label).toBe('2025/2026');
  });

  it('lists seasons newest first', () => {
    const competitions = ['2023-12-01', '2025-12-01', '2024-12-01'].map((start, index) =>
      makeCompetition({ slug: `wedstrijd-${index}`, start, end: start }),
    );

    const labels = calendarSeasons(competitions, noonOn('2025-11-01')).map(({ season }) => season.label);

    expect(labels).toEqual(['2025/2026', '2024/2025', '2023/2024']);
  });

  it('still counts a competition that ends today as coming', () => {
    const endsToday = makeCompetition({ start: '2025-11-14', end: '2025-11-16' });

    const [season] = calendarSeasons([endsToday], noonOn('2025-11-16'));

    expect(season?.coming).toEqual([endsToday]);
    expect(season?.past).toEqual([]);
  });

  it('counts a competition that ended yesterday as past', () => {
    const endedYesterday = makeCompetition({ start: '2025-11-14', end: '2025-11-16' });

    const [season] = calendarSeasons([endedYesterday], noonOn('2025-11-17'));

    expect(season?.coming).toEqual([]);
    expect(season?.past).toEqual([endedYesterday]);
  });

  it('decides "today" in Amsterdam, not in UTC', () => {
    const endsSunday = makeCompetition({ start: '2025-11-14', end: '2025-11-16' });
    // 23:30 UTC on Sunday is already Monday in Amsterdam.
    const [season] = calendarSeasons([endsSunday], new Date('2025-11-16T23:30:00Z'));

    expect(season?.past).toEqual([endsSunday]);
  });

  it('lists coming and past competitions alike, the earliest first, as a season is skated', () => {
    const competitions = [
      makeCompetition({ slug: 'nk-allround', start: '2025-12-27', end: '2025-12-28' }),
      makeCompetition({ slug: 'wb-salt-lake', start: '2025-11-14', end: '2025-11-16' }),
      makeCompetition({ slug: 'wb-calgary', start: '2025-11-21', end: '2025-11-23' }),
      makeCompetition({ slug: 'wb-heerenveen', start: '2025-12-12', end: '2025-12-14' }),
      makeCompetition({ slug: 'wb-tomaszow', start: '2025-12-05', end: '2025-12-07' }),
    ];

    const [season] = calendarSeasons(competitions, noonOn('2025-12-01'));

    expect(season?.coming.map((c) => c.slug)).toEqual(['wb-tomaszow', 'wb-heerenveen', 'nk-allround']);
    expect(season?.past.map((c) => c.slug)).toEqual(['wb-salt-lake', 'wb-calgary']);
  });

  it('orders competitions on the same days by name, whatever the input order', () => {
    const b = makeCompetition({ slug: 'b', name: 'B-toernooi', start: '2025-11-14', end: '2025-11-14' });
    const a = makeCompetition({ slug: 'a', name: 'A-toernooi', start: '2025-11-14', end: '2025-11-14' });

    const [coming] = calendarSeasons([b, a], noonOn('2025-11-01'));
    const [past] = calendarSeasons([b, a], noonOn('2025-12-01'));

    expect(coming?.coming.map((c) => c.slug)).toEqual(['a', 'b']);
    expect(past?.past.map((c) => c.slug)).toEqual(['a', 'b']);
  });

  it('gives no seasons for no competitions', () => {
    expect(calendarSeasons([], noonOn('2025-11-01'))).toEqual([]);
  });

  it('does not reorder the list it is given', () => {
    const later = makeCompetition({ slug: 'later', start: '2025-12-01', end: '2025-12-01' });
    const earlier = makeCompetition({ slug: 'earlier', start: '2025-11-01', end: '2025-11-01' });
    const given = [later, earlier];

    calendarSeasons(given, noonOn('2025-10-01'));

    expect(given).toEqual([later, earlier]);
  });
});
