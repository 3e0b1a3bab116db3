import { dayInSiteZone, nextDay } from '@/lib/calendar/days';

describe('dayInSiteZone', () => {
  it.each([
    ['late evening in UTC that is already the next day in Amsterdam', '2025-11-16T23:30:00Z', '2025-11-17'],
    ['the last minute of a day in Amsterdam', '2025-11-16T22:59:00Z', '2025-11-16'],
    ['midnight in Amsterdam in summer time', '2026-06-30T22:00:00Z', '2026-07-01'],
  ])('gives the Amsterdam day for %s', (_case, instant, day) => {
    expect(dayInSiteZone(new Date(instant))).toBe(day);
  });
});

describe('nextDay', () => {
  it.each([
    ['2025-11-16', '2025-11-17'],
    ['2025-11-30', '2025-12-01'],
    ['2025-12-31', '2026-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2027-02-28', '2027-03-01'],
    // The night the clocks go back in Amsterdam has 25 hours; a day is still a day.
    ['2025-10-26', '2025-10-27'],
  ])('turns %s into %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });

  it('refuses text that is not a day', () => {
    expect(() => nextDay('14-11-2025')).toThrow(RangeError);
  });
});
