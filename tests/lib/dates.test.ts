import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  formatDateNl,
  formatDateTimeNl,
  formatDayNl,
  formatDayRangeNl,
  isIsoDay,
  isoInSiteZone,
  parseInstant,
} from '@/lib/dates';

describe('parseInstant', () => {
  it.each([
    ['2025-11-17', '2025-11-16T23:00:00.000Z', 'a bare date is 00:00 in Amsterdam (winter time)'],
    ['2025-07-01', '2025-06-30T22:00:00.000Z', 'a bare date is 00:00 in Amsterdam (summer time)'],
    ['2024-02-29', '2024-02-28T23:00:00.000Z', 'a leap day exists in a leap year'],
    ['2025-11-17T08:30', '2025-11-17T07:30:00.000Z', 'a time without offset is Amsterdam wall-clock time'],
    ['2025-07-01T14:05', '2025-07-01T12:05:00.000Z', 'a summer time without offset is Amsterdam wall-clock time'],
    ['2025-11-17 08:30', '2025-11-17T07:30:00.000Z', 'a space may stand for the T'],
    ['2025-11-17T08:30:00+01:00', '2025-11-17T07:30:00.000Z', 'an offset names the instant'],
    ['2025-11-17T08:30:00-05:00', '2025-11-17T13:30:00.000Z', 'a negative offset names the instant'],
    ['2025-11-17T08:30:00+0100', '2025-11-17T07:30:00.000Z', 'an offset may leave out the colon'],
    ['2025-11-17T08:30:00Z', '2025-11-17T08:30:00.000Z', 'Z is UTC'],
    [' 2025-11-17T08:30:00Z ', '2025-11-17T08:30:00.000Z', 'surrounding spaces are ignored'],
  ])('reads %s as %s: %s', (text, expected) => {
    expect(parseInstant(text)?.toISOString()).toBe(expected);
  });

  it.each([
    ['2025-02-30', 'a day that does not exist'],
    ['2025-02-29', 'a leap day in a year that is not a leap year'],
    ['2025-04-31', 'the 31st of a month with 30 days'],
    ['2025-13-01', 'a thirteenth month'],
    ['2025-00-10', 'month zero'],
    ['2025-11-00', 'day zero'],
    ['2025-11-17T24:00', 'hour 24'],
    ['2025-11-17T08:60', 'minute 60'],
    ['2025-11-17T08:30:60Z', 'second 60'],
    ['17-11-2025', 'a Dutch day-month-year date'],
    ['17 november 2025', 'a date in words'],
    ['2025-11-17T08:30:00+01:00 CET', 'trailing text'],
    ['', 'nothing'],
  ])('refuses %j: %s', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('isIsoDay', () => {
  it.each(['2025-11-16', '2024-02-29'])('accepts the day %s', (text) => {
    expect(isIsoDay(text)).toBe(true);
  });

  it.each(['2025-02-30', '30-12-1998', '2025-11-16T00:00', '2025-1-6', ''])('refuses %j', (text) => {
    expect(isIsoDay(text)).toBe(false);
  });
});

describe('Dutch dates in Europe/Amsterdam', () => {
  it('writes a winter moment as "maandag 17 november 2025, 08:30"', () => {
    expect(formatDateTimeNl(new Date('2025-11-17T08:30:00+01:00'))).toBe('maandag 17 november 2025, 08:30');
  });

  it('writes a summer moment in summer time', () => {
    expect(formatDateTimeNl(new Date('2025-07-01T12:05:00Z'))).toBe('dinsdag 1 juli 2025, 14:05');
  });

  it('writes a moment late in the UTC evening on the next Amsterdam day', () => {
    expect(formatDateTimeNl(new Date('2025-11-16T23:30:00Z'))).toBe('maandag 17 november 2025, 00:30');
  });

  it('writes a bare date read by parseInstant as that day at 00:00', () => {
    expect(formatDateTimeNl(parseInstant('2025-11-17') ?? new Date(Number.NaN))).toBe(
      'maandag 17 november 2025, 00:00',
    );
  });

  it('writes a moment without its time as the Amsterdam day', () => {
    expect(formatDateNl(new Date('2025-11-16T23:30:00Z'))).toBe('maandag 17 november 2025');
  });

  it('writes a calendar day with its weekday', () => {
    expect(formatDayNl('2025-11-16')).toBe('zondag 16 november 2025');
  });

  it.each([
    ['2025-11-16', '2025-11-16', '16 november 2025'],
    ['2025-11-14', '2025-11-16', '14 t/m 16 november 2025'],
    ['2025-11-30', '2025-12-02', '30 november t/m 2 december 2025'],
    ['2025-12-30', '2026-01-02', '30 december 2025 t/m 2 januari 2026'],
  ])('writes the days %s to %s as "%s"', (start, end, expected) => {
    expect(formatDayRangeNl(start, end)).toBe(expected);
  });

  it.each([
    ['2025-11-17T07:30:00Z', '2025-11-17T08:30:00+01:00'],
    ['2025-07-01T12:05:00Z', '2025-07-01T14:05:00+02:00'],
  ])('writes %s for <time dateTime> as %s, with the Amsterdam offset', (instant, expected) => {
    expect(isoInSiteZone(new Date(instant))).toBe(expected);
  });
});

// The tests above run in whatever zone this machine has. These run the same functions in a fresh
// Node process under two other zones, so the suite proves zone independence wherever it runs.
describe('Dutch dates on a build machine in another time zone', () => {
  const run = promisify(execFile);
  const datesModule = pathToFileURL(path.join(import.meta.dirname, '../../lib/dates.ts')).href;
  const script = `
    const { formatDateTimeNl, formatDayNl, parseInstant } = await import(${JSON.stringify(datesModule)});
    console.log(JSON.stringify({
      offsetMinutes: new Date('2025-11-17T12:00:00Z').getTimezoneOffset(),
      winter: formatDateTimeNl(new Date('2025-11-17T08:30:00+01:00')),
      summer: formatDateTimeNl(new Date('2025-07-01T14:05:00+02:00')),
      bareDate: parseInstant('2025-11-17').toISOString(),
      wallClock: parseInstant('2025-11-17T08:30').toISOString(),
      day: formatDayNl('2025-11-16'),
    }));
  `;

  // Each zone with its UTC offset in November, in getTimezoneOffset's sign: proof the zone took effect.
  const ZONES: [zone: string, offsetMinutes: number][] = [
    ['America/Los_Angeles', 480],
    ['Asia/Tokyo', -540],
  ];

  it.concurrent.for(ZONES)(
    'gives the same Dutch dates under TZ=%s',
    { timeout: 30_000 },
    async ([zone, offsetMinutes], { expect }) => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: path.join(import.meta.dirname, '../..'),
        env: { ...process.env, TZ: zone },
      });

      expect(JSON.parse(stdout)).toEqual({
        offsetMinutes,
        winter: 'maandag 17 november 2025, 08:30',
        summer: 'dinsdag 1 juli 2025, 14:05',
        bareDate: '2025-11-16T23:00:00.000Z',
        wallClock: '2025-11-17T07:30:00.000Z',
        day: 'zondag 16 november 2025',
      });
    },
  );
});
