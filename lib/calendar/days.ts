import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { tz } from '@date-fns/tz';
import { SITE_TIME_ZONE } from '../dates';
import type { IsoDay } from '../types';

const inSiteZone = tz(SITE_TIME_ZONE);

/** The calendar day (`YYYY-MM-DD`) that `moment` falls on in Europe/Amsterdam, whatever zone the machine has. */
export function dayInSiteZone(moment: Date): IsoDay {
  return format(moment, 'yyyy-MM-dd', { in: inSiteZone });
}

/** The moment the day of `moment` began in Europe/Amsterdam (00:00 there), as a plain Date. */
export function startOfDayInSiteZone(moment: Date): Date {
  return new Date(startOfDay(moment, { in: inSiteZone }).getTime());
}

/**
 * The day after `day` (`2025-12-31` → `2026-01-01`): iCalendar ends all-day events on the
 * first day they no longer cover. Counted in UTC, where every day has 24 hours.
 * Throws a RangeError when `day` is not `YYYY-MM-DD`.
 */
export function nextDay(day: IsoDay): IsoDay {
  const [year, month, date] = isoDayParts(day);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of month of `YYYY-MM-DD`. Throws a RangeError for other text. */
export function isoDayParts(day: IsoDay): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`expected a day as YYYY-MM-DD, got "${day}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
