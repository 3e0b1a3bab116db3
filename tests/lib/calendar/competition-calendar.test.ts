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

describe('competitionEvent', () => {
  it('identifies the event by slug and site host, the same on every build', () => {
    expect(competitionEvent(saltLakeCity).uid).toBe('wereldbeker-salt-lake-city-2025@schaatsnieuws.example');
  });

  it('names venue, place and country (in Dutch) as the location', () => {
    expect(competitionEvent(saltLakeCity).location).toBe('Utah Olympic Oval, Salt Lake City, Verenigde Staten');
  });

  it('names only the place when venue and country are unknown', () => {
    expect(competitionEvent(nkAllround).location).toBe('Heerenveen');
  });

  it('links to the competition page with an absolute URL', () => {
    expect(competitionEvent(saltLakeCity).url).toBe(
      'https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
  });

  it('stamps the event with its first day at 00:00 UTC, not with the clock', () => {
    expect(competitionEvent(saltLakeCity).stamp).toEqual(new Date('2025-11-14T00:00:00Z'));
  });
});

describe('competitionsCalendar', () => {
  it('is a calendar named Schaatskalender in the Amsterdam zone', () => {
    const { properties } = parseCalendar(competitionsCalendar([saltLakeCity]));

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
    const { events } = parseCalendar(competitionsCalendar([saltLakeCity, nkAllround]));

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
        stamp: '2025-11-14T00:00:00Z',
      },
      expect.objectContaining({
        uid: 'nk-allround-2025@schaatsnieuws.example',
        start: '2025-12-27',
        end: '2025-12-29',
        allDay: true,
      }),
    ]);
  });

  it('writes the same file for the same competitions', () => {
    expect(competitionsCalendar([saltLakeCity, nkAllround])).toBe(competitionsCalendar([saltLakeCity, nkAllround]));
  });
});
