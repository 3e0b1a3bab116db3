import { computeMarkers, markerDisagreements, shownMarkers, type CountryOf } from '@/lib/skating/markers';
import type { Race } from '@/lib/types';
import { competition, firstSaltLake500, race, row, SALT_LAKE_CITY_2025, secondSaltLake500 } from './support/races';

const THIALF = competition({
  slug: 'wereldbeker-heerenveen-2025',
  start: '2025-12-12',
  location: 'Heerenveen',
  venue: 'Thialf',
});
const noCountries: CountryOf = () => undefined;

/** The computed markers of every row of one race, by skater name. */
function markersOf(races: Race[], target: Race, countryOf: CountryOf = noCountries): Record<string, string[]> {
  const computed = computeMarkers(races, countryOf).get(target.key) ?? [];
  return Object.fromEntries(target.rows.map((row, index) => [row.name, computed[index] ?? []]));
}

describe('computeMarkers', () => {
  it('gives no marker to the first times the site knows: a first known time may well be a slow day', () => {
    const saturday = firstSaltLake500();

    expect(markersOf([saturday], saturday)).toEqual({ 'Femke Kok': [] });
  });

  it("marks Kok's 36,09 a day after her 36,48 as PR, SB, track record and national record, and the slower rows not", () => {
    const saturday = firstSaltLake500();
    const sunday = secondSaltLake500();

    expect(markersOf([sunday, saturday], sunday)).toEqual({
      'Femke Kok': ['BR', 'NR', 'PR', 'SB'],
      'Erin Jackson': [],
      'Lee Na-hyun': [],
      'Anna Boersma': [],
      'Marrit Fledderus': [],
      'Jutta Leerdam': [],
      'Angel Daleman': [],
    });
  });

  it("gives a national record for the fastest time of a country so far, wherever it was skated, from the skater's file when the row names no country", () => {
    const earlier = race({
      distance: '500',
      date: '2025-11-08',
      competition: THIALF,
      rows: [row({ name: 'Kimi Goetz', time: '36.80' })],
    });
    const sunday = secondSaltLake500();
    const countryOf = (slug: string) => (slug === 'kimi-goetz' ? 'USA' : undefined);

    expect(markersOf([earlier, sunday], sunday, countryOf)['Erin Jackson']).toEqual(['NR']);
  });

  it('marks a track record only for the fastest of its race, and shares it between equal times', () => {
    const opening = race({
      distance: '1000',
      date: '2025-11-14',
      competition: SALT_LAKE_CITY_2025,
      rows: [row({ name: 'Miho Takagi', time: '1:12.00' })],
    });
    const next = race({
      distance: '1000',
      date: '2025-11-15',
      competition: SALT_LAKE_CITY_2025,
      rows: [
        row({ name: 'Jutta Leerdam', time: '1:11.80' }),
        row({ name: 'Femke Kok', time: '1:11.80' }),
        row({ name: 'Joy Beune', time: '1:11.90' }),
      ],
    });

    const markers = markersOf([opening, next], next);

    expect(markers['Jutta Leerdam']).toEqual(['BR']);
    expect(markers['Femke Kok']).toEqual(['BR']);
    expect(markers['Joy Beune']).toEqual([]);
  });

  it('keeps the earlier of equal times: an equalled best is no new PR or record', () => {
    const first = race({
      distance: '500',
      date: '2025-11-15',
      competition: THIALF,
      rows: [row({ name: 'Jutta Leerdam', time: '37.20' })],
    });
    const slower = race({
      distance: '500',
      date: '2025-11-22',
      competition: THIALF,
      rows: [row({ name: 'Jutta Leerdam', time: '37.40' })],
    });
    const equal = race({
      distance: '500',
      date: '2025-11-29',
      competition: THIALF,
      rows: [row({ name: 'Jutta Leerdam', time: '37.20' })],
    });

    expect(markersOf([first, slower, equal], equal)['Jutta Leerdam']).toEqual([]);
  });

  it('starts the season bests again on 1 July, while the personal best carries over', () => {
    const june = race({ distance: '500', date: '2025-06-30', rows: [row({ name: 'Jutta Leerdam', time: '37.50' })] });
    const july = race({ distance: '500', date: '2025-07-01', rows: [row({ name: 'Jutta Leerdam', time: '38.20' })] });
    const august = race({ distance: '500', date: '2025-08-15', rows: [row({ name: 'Jutta Leerdam', time: '38.00' })] });
    const october = race({
      distance: '500',
      date: '2025-10-20',
      rows: [row({ name: 'Jutta Leerdam', time: '37.40' })],
    });
    const races = [june, july, august, october];

    // July is the first time of the new season, and slower than June: nothing to beat yet, so no SB.
    expect(markersOf(races, july)['Jutta Leerdam']).toEqual([]);
    expect(markersOf(races, august)['Jutta Leerdam']).toEqual(['SB']);
    // All four in Heerenveen (the factory's place): her PR is the track's best the site knows too.
    expect(markersOf(races, october)['Jutta Leerdam']).toEqual(['BR', 'PR', 'SB']);
  });

  it('gives a team event track and national records but never a PR or SB', () => {
    const pursuit = (date: string, time: string) =>
      race({
        distance: 'ploegenachtervolging',
        date,
        competition: THIALF,
        rows: [row({ name: 'Nederland', slug: null, country: 'NED', time, members: ['Joy Beune', 'Elisa Dul'] })],
      });
    const earlier = pursuit('2025-11-15', '2:56.00');
    const later = pursuit('2025-12-13', '2:55.00');

    expect(markersOf([earlier, later], later)).toEqual({ Nederland: ['BR', 'NR'] });
  });

  it('marks nothing in a mass start', () => {
    const mass = (date: string, time: string) =>
      race({
        distance: 'massastart',
        date,
        competition: THIALF,
        rows: [row({ name: 'Marijke Groenewoud', country: 'NED', time })],
      });
    const later = mass('2025-12-13', '8:10.00');

    expect(markersOf([mass('2025-11-15', '8:20.00'), later], later)).toEqual({ 'Marijke Groenewoud': [] });
  });
});

describe('shownMarkers', () => {
  it("shows the editor's markers when she wrote any, and the computed ones otherwise", () => {
    expect(shownMarkers(row({ name: 'Femke Kok', records: ['WR'] }), ['BR', 'NR', 'PR', 'SB'])).toEqual(['WR']);
    expect(shownMarkers(row({ name: 'Femke Kok' }), ['PR', 'SB'])).toEqual(['PR', 'SB']);
    expect(shownMarkers(row({ name: 'Femke Kok' }), undefined)).toEqual([]);
  });
});

describe('markerDisagreements', () => {
  const december = race({ distance: '500', date: '2024-12-07', rows: [row({ name: 'Jutta Leerdam', time: '36.98' })] });

  it('warns when a written PR is slower than an earlier time of the skater', () => {
    const sunday = race({
      distance: '500',
      date: '2025-11-16',
      competition: SALT_LAKE_CITY_2025,
      rows: [row({ name: 'Femke Kok', time: '36.09' }), row({ name: 'Jutta Leerdam', time: '37.35', records: ['PR'] })],
    });

    const [warning, ...others] = markerDisagreements([sunday, december]);

    expect(others).toEqual([]);
    expect(warning).toMatchObject({ race: sunday, rowIndex: 1, marker: 'PR' });
    expect(warning?.message).toBe('PR geschreven, maar 37,35 is langzamer dan haar PR 36,98 van 2024-12-07');
  });

  it('says "zijn" for a man, and names an equal time', () => {
    const first = race({
      distance: '1500',
      sex: 'mannen',
      date: '2025-11-15',
      rows: [row({ name: 'Kjeld Nuis', time: '1:42.56' })],
    });
    const second = race({
      distance: '1500',
      sex: 'mannen',
      date: '2025-12-06',
      rows: [row({ name: 'Kjeld Nuis', time: '1:42.56', records: ['PR'] })],
    });

    expect(markerDisagreements([first, second]).map((warning) => warning.message)).toEqual([
      'PR geschreven, maar 1.42,56 is even snel als zijn PR 1.42,56 van 2025-11-15, en de eerdere tijd blijft staan',
    ]);
  });

  it('warns when a written SB is slower than an earlier time of the same season, not of the season before', () => {
    const october = race({
      distance: '500',
      date: '2025-10-20',
      rows: [row({ name: 'Jutta Leerdam', time: '37.30' })],
    });
    const november = race({
      distance: '500',
      date: '2025-11-16',
      rows: [row({ name: 'Jutta Leerdam', time: '37.35', records: ['SB'] })],
    });

    expect(markerDisagreements([december, november]).length).toBe(0);
    expect(markerDisagreements([december, october, november]).map((warning) => warning.message)).toEqual([
      'SB geschreven, maar 37,35 is langzamer dan haar SB 37,30 van 2025-10-20',
    ]);
  });

  it('trusts a written PR the site has nothing to hold against, and one that is faster', () => {
    const sunday = secondSaltLake500();

    expect(markerDisagreements([sunday])).toEqual([]);
    expect(markerDisagreements([firstSaltLake500(), sunday])).toEqual([]);
  });
});
