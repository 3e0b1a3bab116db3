import { formatRaceTime } from '@/lib/race-time';
import { nationalRecords, seasonLists, seasonsWithRaces, trackRecords, worldRecords } from '@/lib/skating/records';
import { seasonStartingIn } from '@/lib/skating/seasons';
import { competition, firstSaltLake500, race, row, secondSaltLake500 } from './support/races';

const THIALF = competition({ slug: 'nk-afstanden-2025', start: '2025-10-24', location: 'Heerenveen', venue: 'Thialf' });
const countries: Record<string, string> = { 'femke-kok': 'NED', 'jutta-leerdam': 'NED' };
const countryOf = (slug: string) => countries[slug];

describe('worldRecords', () => {
  it("lists the latest row marked WR per distance, with its race and article: Kok's 36,09", () => {
    const older = race({
      distance: '500',
      date: '2013-11-09',
      rows: [row({ name: 'Lee Sang-hwa', slug: null, time: '36.36', records: ['WR'] })],
    });

    const [record, ...others] = worldRecords([secondSaltLake500(), older]);

    expect(others).toEqual([]);
    expect(record).toMatchObject({ distance: '500', sex: 'vrouwen', row: { name: 'Femke Kok' } });
    expect(formatRaceTime(record!.time)).toBe('36,09');
    expect(record!.race.article.slug).toBe('uitslag-2025-11-16');
  });
});

describe('nationalRecords', () => {
  it('lists the latest NR of Dutch skaters only, with the country from the file when the row has none', () => {
    const unnamedCountry = race({
      distance: '1000',
      date: '2025-10-25',
      competition: THIALF,
      rows: [row({ name: 'Jutta Leerdam', time: '1:11.61', records: ['NR'] })],
    });

    const records = nationalRecords([secondSaltLake500(), firstSaltLake500(), unnamedCountry], countryOf);

    // Jackson's NR of 16 November is American; Kok's 36,09 WR of that day broke her own 36,48 NR.
    expect(records.map((record) => [record.distance, record.row.name, formatRaceTime(record.time)])).toEqual([
      ['500', 'Femke Kok', '36,09'],
      ['1000', 'Jutta Leerdam', '1.11,61'],
    ]);
  });

  it("counts a Dutch skater's world record as the Dutch record: the editors mark it WR alone", () => {
    const records = nationalRecords([secondSaltLake500()], countryOf);

    expect(records.map((record) => [record.row.name, formatRaceTime(record.time), record.race.date])).toEqual([
      ['Femke Kok', '36,09', '2025-11-16'],
    ]);
  });

  it("leaves another country's world record out", () => {
    expect(nationalRecords([secondSaltLake500()], countryOf, 'USA').map((record) => record.row.name)).toEqual([
      'Erin Jackson',
    ]);
  });
});

describe('trackRecords', () => {
  it('gives the fastest time per venue and distance, the earlier of equal times standing', () => {
    const first = race({
      distance: '500',
      date: '2025-10-24',
      competition: THIALF,
      rows: [row({ name: 'Jutta Leerdam', time: '37.11' })],
    });
    const equal = race({
      distance: '500',
      date: '2025-10-26',
      competition: THIALF,
      rows: [row({ name: 'Anna Boersma', time: '37.11' })],
    });

    const venues = trackRecords([secondSaltLake500(), equal, first]);

    expect(
      venues.map((venue) => [
        venue.venue,
        venue.records.map((record) => `${record.row.name} ${formatRaceTime(record.time)}`),
      ]),
    ).toEqual([
      ['Thialf', ['Jutta Leerdam 37,11']],
      ['Utah Olympic Oval', ['Femke Kok 36,09']],
    ]);
  });
});

describe('seasonLists', () => {
  it("lists each skater once with her season's best, equal times sharing a place, unlinked skaters too", () => {
    const lists = seasonLists([secondSaltLake500(), firstSaltLake500()], seasonStartingIn(2025), 5);

    const [list] = lists;
    expect(lists).toHaveLength(1);
    expect(list).toMatchObject({ distance: '500', sex: 'vrouwen' });
    expect(list!.entries.map((entry) => [entry.place, entry.row.name, formatRaceTime(entry.time)])).toEqual([
      [1, 'Femke Kok', '36,09'],
      [2, 'Erin Jackson', '36,57'],
      [3, 'Lee Na-hyun', '37,03'],
      [4, 'Anna Boersma', '37,11'],
      [4, 'Marrit Fledderus', '37,11'],
    ]);
  });

  it('leaves out the races of other seasons', () => {
    expect(seasonLists([secondSaltLake500()], seasonStartingIn(2024))).toEqual([]);
  });
});

describe('seasonsWithRaces', () => {
  it('lists the seasons with races, newest first', () => {
    const june = race({ distance: '500', date: '2025-06-30', rows: [] });

    expect(seasonsWithRaces([june, secondSaltLake500()]).map((season) => season.label)).toEqual([
      '2025/2026',
      '2024/2025',
    ]);
  });
});
