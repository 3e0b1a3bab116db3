import {
  escapeText,
  foldLine,
  formatDateTime,
  formatDay,
  serializeCalendar,
  type AllDayEvent,
} from '@/lib/calendar/ical';
import { parseCalendar, physicalLines } from './support/parse-ical';

function makeEvent(overrides: Partial<AllDayEvent> = {}): AllDayEvent {
  return {
    uid: 'wereldbeker-salt-lake-city-2025@schaatsnieuws.example',
    stamp: new Date('2025-11-14T00:00:00Z'),
    firstDay: '2025-11-14',
    lastDay: '2025-11-16',
    summary: 'Wereldbeker Salt Lake City',
    ...overrides,
  };
}

function calendarWith(events: AllDayEvent[]): string {
  return serializeCalendar({
    productId: '-//Schaatsnieuws//Schaatskalender//NL',
    name: 'Schaatskalender',
    timeZone: 'Europe/Amsterdam',
    events,
  });
}

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it.each([
    ['a comma', 'Utah Olympic Oval, Salt Lake City', 'Utah Olympic Oval\\, Salt Lake City'],
    ['a semicolon', ' 500m; 1000m', ' 500m\\; 1000m'],
    ['a backslash', 'C:\\schaatsen', 'C:\\\\schaatsen'],
    ['a backslash before a comma', '\\,', '\\\\\\,'],
    ['a newline', 'regel een\nregel twee', 'regel een\\nregel twee'],
    ['a CRLF', 'regel een\r\nregel twee', 'regel een\\nregel twee'],
    ['a lone CR', 'regel een\rregel twee', 'regel een\\nregel twee'],
    ['a colon and quotes, which TEXT keeps as they are', 'Kok: "snel"', 'Kok: "snel"'],
    ['other control characters, which TEXT may not hold', 'a\u0000b\u0007c\u007fd', 'abcd'],
    ['a tab, which TEXT may hold', 'a\tb', 'a\tb'],
  ])('escapes %s', (_case, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets as it is', () => {
    const line = 'X'.repeat(75);

    expect(foldLine(line)).toBe(line);
  });

  it('folds a longer line into 75 octets, then 74 after the leading space', () => {
    const line = 'X'.repeat(75 + 74 + 10);

    expect(foldLine(line)).toBe(`${'X'.repeat(75)}\r\n ${'X'.repeat(74)}\r\n ${'X'.repeat(10)}`);
  });

  it('breaks before a two-octet character that would straddle octet 75', () => {
    // 74 octets, then ë (2 octets) would end at octet 76.
    const line = `${'X'.repeat(74)}ëY`;

    expect(foldLine(line)).toBe(`${'X'.repeat(74)}\r\n ëY`);
  });

  it('keeps a four-octet emoji (a surrogate pair in JavaScript) whole', () => {
    const line = `${'X'.repeat(73)}⛸️🥇 goud`;
    const folded = foldLine(line);

    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      // encodeURIComponent throws on half a surrogate pair.
      expect(() => encodeURIComponent(part)).not.toThrow();
    }
    expect(unfold(folded)).toBe(line);
  });

  it('folds a long Dutch line with diacritics at 75 octets without breaking a character', () => {
    const line =
      'DESCRIPTION:Één ijzersterke week voor Jutta Leerdam: na België en Zürich rijdt ze in Hämeenlinna ' +
      'en Tomaszów Mazowiecki, waar ze de 500 meter wint vóór Femke Kok – ‘geweldig’, zegt ze daarna.';
    const folded = `${foldLine(line)}\r\n`;

    const lines = physicalLines(folded);
    expect(lines.length).toBeGreaterThan(2);
    for (const physical of lines) expect(physical.octets).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((physical) => physical.text.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(`${line}\r\n`);
  });
});

describe('formatDay and formatDateTime', () => {
  it('writes a DATE without separators', () => {
    expect(formatDay('2025-11-14')).toBe('20251114');
  });

  it('writes a DATE-TIME in UTC without separators or milliseconds', () => {
    expect(formatDateTime(new Date('2025-11-14T00:00:00.000Z'))).toBe('20251114T000000Z');
  });
});

describe('serializeCalendar', () => {
  it('writes a calendar with one all-day event, exactly', () => {
    const text = calendarWith([
      makeEvent({
        location: 'Utah Olympic Oval, Salt Lake City, Verenigde Staten',
        description: 'Nieuws; uitslagen',
        url: 'https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-lake-city-2025/',
      }),
    ]);

    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Schaatsnieuws//Schaatskalender//NL',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'NAME:Schaatskalender',
        'X-WR-CALNAME:Schaatskalender',
        'X-WR-TIMEZONE:Europe/Amsterdam',
        'BEGIN:VEVENT',
        'UID:wereldbeker-salt-lake-city-2025@schaatsnieuws.example',
        'DTSTAMP:20251114T000000Z',
        'DTSTART;VALUE=DATE:20251114',
        'DTEND;VALUE=DATE:20251117',
        'SUMMARY:Wereldbeker Salt Lake City',
        'LOCATION:Utah Olympic Oval\\, Salt Lake City\\, Verenigde Staten',
        'DESCRIPTION:Nieuws\\; uitslagen',
        // 75 octets, then the rest after a space.
        'URL;VALUE=URI:https://schaatsnieuws.example/wedstrijden/wereldbeker-salt-la',
        ' ke-city-2025/',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = calendarWith([makeEvent({ description: 'een\ntwee\r\ndrie\rvier' })]);

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['a weekend', '2025-11-14', '2025-11-16', '20251117'],
    ['one day', '2025-12-27', '2025-12-27', '20251228'],
    ['the end of a month', '2025-11-29', '2025-11-30', '20251201'],
    ['New Year', '2025-12-30', '2025-12-31', '20260101'],
  ])('ends an event over %s on the day after its last day (DTEND is exclusive)', (_case, firstDay, lastDay, dtend) => {
    const text = calendarWith([makeEvent({ firstDay, lastDay })]);

    expect(text).toContain(`\r\nDTEND;VALUE=DATE:${dtend}\r\n`);
  });

  it('writes the same text for the same events, whatever the clock says', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const first = calendarWith([makeEvent()]);
      vi.setSystemTime(new Date('2030-06-15T12:34:56Z'));
      const second = calendarWith([makeEvent()]);

      expect(second).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the given UID, so that calendar apps recognise the event on every build', () => {
    const text = calendarWith([makeEvent({ uid: 'nk-afstanden-2025@schaatsnieuws.example' })]);

    expect(parseCalendar(text).events.map((event) => event.uid)).toEqual(['nk-afstanden-2025@schaatsnieuws.example']);
  });

  it('is read back by ical.js as all-day events with the right days and unescaped text', () => {
    const text = calendarWith([
      makeEvent({
        summary: 'Wereldbeker; 500m, 1000m \\ massastart',
        location: 'Thialf, Heerenveen, Nederland',
        description: 'Regel één\nRegel twee',
      }),
      makeEvent({ uid: 'nk@schaatsnieuws.example', summary: 'NK', firstDay: '2025-12-30', lastDay: '2026-01-01' }),
    ]);

    const { properties, events } = parseCalendar(text);

    expect(properties).toMatchObject({
      version: '2.0',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
      'x-wr-calname': 'Schaatskalender',
      'x-wr-timezone': 'Europe/Amsterdam',
    });
    expect(events).toEqual([
      expect.objectContaining({
        summary: 'Wereldbeker; 500m, 1000m \\ massastart',
        location: 'Thialf, Heerenveen, Nederland',
        description: 'Regel één\nRegel twee',
        start: '2025-11-14',
        end: '2025-11-17',
        allDay: true,
        stamp: '2025-11-14T00:00:00Z',
      }),
      expect.objectContaining({
        uid: 'nk@schaatsnieuws.example',
        start: '2025-12-30',
        end: '2026-01-02',
        allDay: true,
      }),
    ]);
  });

  it('folds every line of a calendar with long Dutch text at 75 octets', () => {
    const text = calendarWith([
      makeEvent({ description: 'Één schaatsfeest in Hämeenlinna, België en Zürich. '.repeat(6) }),
    ]);

    for (const line of physicalLines(text)) expect(line.octets).toBeLessThanOrEqual(75);
    expect(parseCalendar(text).events[0]?.description).toBe(
      'Één schaatsfeest in Hämeenlinna, België en Zürich. '.repeat(6),
    );
  });
});
