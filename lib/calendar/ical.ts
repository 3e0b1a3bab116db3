/**
 * A small iCalendar (RFC 5545) writer for all-day events, the only kind the calendar has.
 *
 * Why not a library: the `ics` package (3.12) folds lines at 75 characters, not 75 octets, so
 * a line with é or ë comes out longer than RFC 5545 §3.1 allows; it writes no
 * X-WR-TIMEZONE; and it pulls in yup, nanoid and runes2 for what is a few lines of text here.
 * The tests parse what this writes with ical.js, a full parser, to keep it honest.
 */
import type { IsoDay } from '../types';
import { isoDayParts, nextDay } from './days';

/** One event that covers whole days, from `firstDay` up to and including `lastDay`. */
export type AllDayEvent = {
  /** Globally unique and stable across builds: calendar apps match updates by it. */
  uid: string;
  /** DTSTAMP: when the file was made. From the build's pinned time, never the clock, so that builds stay exact. */
  stamp: Date;
  firstDay: IsoDay;
  lastDay: IsoDay;
  summary: string;
  location?: string;
  description?: string;
  /** An absolute URL. */
  url?: string;
};

export type Calendar = {
  /** PRODID: who made the file, `-//Company//Product//Language` by convention. */
  productId: string;
  /** Shown by Apple, Google and Outlook as the calendar's name (X-WR-CALNAME, and NAME of RFC 7986). */
  name: string;
  description?: string;
  /** X-WR-TIMEZONE: all-day events need no VTIMEZONE, but some apps use this as the calendar's zone. */
  timeZone: string;
  /** How often subscribed apps should fetch the file again, as an RFC 5545 duration such as `PT12H`. */
  refreshInterval?: string;
  events: readonly AllDayEvent[];
};

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/**
 * The calendar as iCalendar text: CRLF line endings, long lines folded, text escaped.
 * Throws a RangeError when an event's day is not `YYYY-MM-DD`.
 */
export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description
      ? [`DESCRIPTION:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`]
      : []),
    `X-WR-TIMEZONE:${escapeText(calendar.timeZone)}`,
    ...(calendar.refreshInterval
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`, `X-PUBLISHED-TTL:${calendar.refreshInterval}`]
      : []),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

function eventLines(event: AllDayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${formatDay(event.firstDay)}`,
    // DTEND is exclusive (RFC 5545 §3.6.1): the day after the last day of the competition.
    `DTEND;VALUE=DATE:${formatDay(nextDay(event.lastDay))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value, not TEXT: commas and semicolons in it are not escaped.
    ...(event.url ? [`URL;VALUE=URI:${event.url}`] : []),
    // All-day events of a sports calendar should not mark the reader as busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon and comma get a backslash,
 * a line break becomes `\n`, and other control characters (not allowed in TEXT) are dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      // The backslash first, or the backslashes added below would be doubled.
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8 (RFC 5545 §3.1): each
 * continuation starts with a space, which counts towards its 75. Breaks fall only between
 * code points, so a multi-octet character such as ë or an emoji is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  // for…of walks code points, so a surrogate pair stays together.
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate (not valid text) is written as U+FFFD, three octets.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** `2025-11-14` → `20251114`, a DATE value. Throws a RangeError for other text. */
export function formatDay(day: IsoDay): string {
  const [year, month, date] = isoDayParts(day);
  return `${pad(year, 4)}${pad(month, 2)}${pad(date, 2)}`;
}

/** A DATE-TIME in UTC: `20251114T000000Z`. */
export function formatDateTime(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
