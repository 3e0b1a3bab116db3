import { competitionEvent, competitionsCalendar } from '@/lib/calendar/competition-calendar';
import { makeCompetition } from '../../components/support/factories';
import { parseCalendar } from './support/parse-ical';

const saltLakeCity = makeCompetition({
  slug: 'wereldbeker-salt-lake-city-2025',
  name: 'Wereldbeker Salt Lake City',
  start: '2025-11-14',
  end: '2025-11-16',
  location: 'Salt Lake City',
  venue: 'Utah Olympic Oval',
  country: 'USA',
});

const nkAllround = makeCompetition({
  slug: 'nk-allround-2025',
  name: 'NK allround',
  start: '2025-12-27',
  end: '2025-12-28',
  location: 'Heerenveen',
});

/** The build's "now" (model.builtAt, pinned by BUILD_TIME): 17 November 2025, 12:00 in Amsterdam. */
const BUILT = new Date('2025-11-17T11:00:00Z');

describe('competitionEvent', () => {
  it('identifies the event by slug and site host, the same on every build', () => {
    expect(competitionEvent(saltLakeCity, BUILT).uid).toBe('wereldbeker-salt-lake-city-2025@schaatsnieuws.example');
  });

  it('names venue, place and country (in Dutch) as the location', () => {
    expect(competitionEvent(saltLakeCity, BUILT).location).toBe('Utah Olympic Oval, Salt Lake City, Verenigde Staten');
  });

  it('names only the place when venue and country are unknown', () => {
    expect(competitionEvent(nkAllround, BUILT).location).toBe('Heerenveen');
  });

  it('links to the competition page with an absolute URL', () => {
    expect(competitionEvent(saltLakeCity, BUILT).url).toBe(
      'https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
  });

  it("stamps the event with the build's day (from 00:00 in Amsterdam), not with its first day", () => {
    expect(competitionEvent(saltLakeCity, BUILT).stamp).toEqual(new Date('2025-11-16T23:00:00Z'));
  });
});

describe('competitionsCalendar', () => {
  it('is a calendar named Schaatskalender in the Amsterdam zone', () => {
    const { properties } = parseCalendar(competitionsCalendar([saltLakeCity], BUILT));

    expect(properties).toMatchObject({
      version: '2.0',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
      'x-wr-calname': 'Schaatskalender',
      'x-wr-timezone': 'Europe/Amsterdam',
    });
    expect(properties.prodid).toContain('Schaatsnieuws');
  });

  it('has one all-day event per competition, ending the day after its last day', () => {
    const { events } = parseCalendar(competitionsCalendar([saltLakeCity, nkAllround], BUILT));

    expect(events).toEqual([
      {
        uid: 'wereldbeker-salt-lake-city-2025@schaatsnieuws.example',
        summary: 'Wereldbeker Salt Lake City',
        location: 'Utah Olympic Oval, Salt Lake City, Verenigde Staten',
        description:
          'Nieuws, uitslagen en verslagen op Schaatsnieuws: https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-lake-city-2025/',
        url: 'https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-lake-city-2025/',
        start: '2025-11-14',
        end: '2025-11-17',
        allDay: true,
        stamp: '2025-11-16T23:00:00Z',
      },
      expect.objectContaining({
        uid: 'nk-allround-2025@schaatsnieuws.example',
        start: '2025-12-27',
        end: '2025-12-29',
        allDay: true,
      }),
    ]);
  });

  it("stamps every event with the one build's day (DTSTAMP)", () => {
    const text = competitionsCalendar([saltLakeCity, nkAllround], BUILT);

    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20251116T230000Z', 'DTSTAMP:20251116T230000Z']);
  });

  it('writes the same file for the same competitions and build time', () => {
    expect(competitionsCalendar([saltLakeCity, nkAllround], BUILT)).toBe(
      competitionsCalendar([saltLakeCity, nkAllround], BUILT),
    );
  });
});
