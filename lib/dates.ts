// Subpath imports: the package index pulls in every function and locale at every script start.
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { nl } from 'date-fns/locale/nl';
import { TZDate, tz } from '@date-fns/tz';
/** Every date on the site is shown in this zone, whatever zone the build machine has. */
export const SITE_TIME_ZONE = 'Europe/Amsterdam';

const inSiteZone = tz(SITE_TIME_ZONE);

/** `2025-11-17`, `2025-11-17T08:30`, `2025-11-17T08:30:00+01:00`, `...Z`; a space may stand for the T. */
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO 8601 date or date-time. Without an offset the time is wall-clock time in
 * Europe/Amsterdam; a bare date is 00:00 there. Returns undefined for text that is not
 * such a date, or names a day or time that does not exist (2025-02-30, 25:00).
 */
export function parseInstant(text: string): Date | undefined {
  const match = INSTANT_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offset) {
    // An explicit offset or Z: the text names one instant; Date reads that form exactly.
    const normalisedOffset = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${normalisedOffset}`;
    const time = new Date(iso);
    return Number.isNaN(time.getTime()) ? undefined : time;
  }
  return new Date(new TZDate(year, month - 1, day, hour, minute, second, SITE_TIME_ZONE).getTime());
}

/** True for `YYYY-MM-DD` naming a day that exists. */
export function isIsoDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * A formatter remembered per instant. Zone conversion is costly, and a build shows each
 * article's date on dozens of pages (lists, tags, related articles, feeds).
 */
function perInstant(formatter: (date: Date) => string): (date: Date) => string {
  const known = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = known.get(time);
    if (text === undefined) {
      text = formatter(date);
      known.set(time, text);
    }
    return text;
  };
}

/** "maandag 17 november 2025, 08:30" in Europe/Amsterdam. */
export const formatDateTimeNl = perInstant((date) =>
  format(date, "EEEE d MMMM yyyy', 'HH:mm", { locale: nl, in: inSiteZone }),
);

/** "maandag 17 november 2025" in Europe/Amsterdam: for moments whose time of day is not known. */
export const formatDateNl = perInstant((date) => format(date, 'EEEE d MMMM yyyy', { locale: nl, in: inSiteZone }));

/** A calendar day (`YYYY-MM-DD`) in Dutch: "zondag 16 november 2025". The day has no zone to convert. */
export function formatDayNl(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1), 'EEEE d MMMM yyyy', { locale: nl });
}

/** ISO 8601 with the Amsterdam offset, for `<time dateTime>`: "2025-11-17T08:30:00+01:00". */
export const isoInSiteZone = perInstant((date) => formatISO(date, { in: inSiteZone }));

/**
 * A range of calendar days the Dutch way, as its parts (the text before and after "t/m"): one
 * day ["16 november 2025"], one month ["14", "16 november 2025"], two months ["30 november",
 * "2 december 2025"], two years ["30 december 2025", "2 januari 2026"]. Throws nothing: a day
 * that is not `YYYY-MM-DD` is formatted as date-fns reads it.
 */
export function dayRangePartsNl(start: string, end: string): [string] | [string, string] {
  const last = format(localDayOf(end), 'd MMMM yyyy', { locale: nl });
  if (end <= start) return [last];
  const pattern =
    start.slice(0, 7) === end.slice(0, 7) ? 'd' : start.slice(0, 4) === end.slice(0, 4) ? 'd MMMM' : 'd MMMM yyyy';
  return [format(localDayOf(start), pattern, { locale: nl }), last];
}

/** A range of calendar days in one line: "14 t/m 16 november 2025", "16 november 2025". */
export function formatDayRangeNl(start: string, end: string): string {
  return dayRangePartsNl(start, end).join(' t/m ');
}

// The day at local midnight: a calendar day has no zone to convert.
function localDayOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** A calendar day in Dutch without its weekday: "14 mei 1999" (a birthday, a day in a table). */
export function formatDayShortNl(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1), 'd MMMM yyyy', { locale: nl });
}
