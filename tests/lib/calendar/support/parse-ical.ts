import ICAL from 'ical.js';

/** An event as a full iCalendar parser (ical.js) reads it: what a calendar app would see. */
export type ParsedEvent = {
  uid: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  /** `YYYY-MM-DD` for an all-day event. */
  start: string;
  /** Exclusive: the first day the event no longer covers. */
  end: string;
  allDay: boolean;
  stamp: string;
};

export type ParsedCalendar = {
  /** Calendar-level properties by lower-case name, as text. */
  properties: Record<string, string>;
  events: ParsedEvent[];
};

/** Parses iCalendar text with ical.js. Throws ical.js's parse error for text that is not iCalendar. */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const properties = Object.fromEntries(
    calendar.getAllProperties().map((property) => [property.name, String(property.getFirstValue())]),
  );
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: String(vevent.getFirstPropertyValue('url')),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
  return { properties, events };
}

/** The physical lines of iCalendar text, split at CRLF as octets, each decoded strictly as UTF-8. */
export function physicalLines(text: string): { octets: number; text: string }[] {
  const bytes = Buffer.from(text, 'utf8');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: { octets: number; text: string }[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length - 1; index += 1) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      const line = bytes.subarray(start, index);
      // `fatal`: a line that ends or starts inside a multi-octet character throws here.
      lines.push({ octets: line.length, text: decoder.decode(line) });
      start = index + 2;
    }
  }
  if (start !== bytes.length) throw new Error('the text does not end with CRLF');
  return lines;
}
