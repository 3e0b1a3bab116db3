import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { parseCalendar, physicalLines } from '../lib/calendar/support/parse-ical';

// Reads the calendar as `npm run build` exported it from content/ into out/ (run the build
// first). The content has one competition: Wereldbeker Salt Lake City, 14–16 November 2025.
const slug = 'wereldbeker-salt-lake-city-2025';
const host = new URL(siteConfig.url).hostname;

function exported(...parts: string[]): string {
  const file = path.resolve('out', ...parts);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, 'utf8');
}

const saltLakeCity = {
  uid: `${slug}@${host}`,
  summary: 'Wereldbeker Salt Lake City',
  location: 'Utah Olympic Oval, Salt Lake City, Verenigde Staten',
  url: `${siteConfig.url}/wedstrijden/${slug}/`,
  start: '2025-11-14',
  // Exclusive: the day after the last day.
  end: '2025-11-17',
  allDay: true,
};

describe.each([
  ['the whole calendar', ['kalender.ics']],
  ['the competition', ['wedstrijden', slug, 'wedstrijd.ics']],
])('the exported iCalendar file of %s', (_name, file) => {
  const text = exported(...file);

  it('is a calendar named Schaatskalender, published in the Amsterdam zone', () => {
    expect(parseCalendar(text).properties).toMatchObject({
      version: '2.0',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
      'x-wr-calname': 'Schaatskalender',
      'x-wr-timezone': 'Europe/Amsterdam',
    });
  });

  it('holds Wereldbeker Salt Lake City as an all-day event from 14 to 16 November 2025', () => {
    expect(parseCalendar(text).events).toEqual([expect.objectContaining(saltLakeCity)]);
  });

  it('has CRLF line endings and no line longer than 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of physicalLines(text)) expect(line.octets).toBeLessThanOrEqual(75);
  });

  it("stamps its event with the build's day, the same in both files, not with the competition's first day", () => {
    // The build's time is the clock here (npm run build without BUILD_TIME): one day for both files.
    const stamps = [text, exported('kalender.ics')].map((file) => /\r\nDTSTAMP:(\d{8}T\d{6}Z)\r\n/.exec(file)?.[1]);
    expect(stamps[0]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(stamps[0]).toBe(stamps[1]);
    expect(stamps[0]).not.toBe('20251114T000000Z');
  });
});

describe('the exported calendar page', () => {
  // React separates adjacent text with `<!-- -->`; a reader never sees it.
  const html = exported('kalender', 'index.html').replaceAll('<!-- -->', '');

  it('has its own title and canonical URL', () => {
    expect(html).toContain('<title>Schaatskalender | Schaatsnieuws</title>');
    expect(html).toContain(`<link rel="canonical" href="${siteConfig.url}/kalender/"/>`);
  });

  it('invites readers to subscribe to the calendar file', () => {
    expect(html).toMatch(/<a href="webcal:\/\/[^"]+\/kalender\.ics">Abonneer je op de schaatskalender<\/a>/);
    expect(html).toMatch(/<input id="kalender-adres"[^>]* value="https?:\/\/[^"]+\/kalender\.ics"/);
    expect(html).toMatch(/<a href="\/kalender\.ics">Download de kalender als bestand \(\.ics\)<\/a>/);
  });

  it('shows Wereldbeker Salt Lake City in season 2025/2026, with its days and a link to its page', () => {
    expect(html).toMatch(/<h2 id="seizoen-2025-2026">Seizoen 2025\/2026<\/h2>/);
    expect(html).toContain(`<a href="/wedstrijden/${slug}/">Wereldbeker Salt Lake City</a>`);
    expect(html).toContain(
      '<time dateTime="2025-11-14">14</time> <abbr title="tot en met">t/m</abbr> <time dateTime="2025-11-16">16 november 2025</time>',
    );
    expect(html).toContain('Utah Olympic Oval, Salt Lake City');
  });

  it('lists it as coming or, once it is over, with its results and reports', () => {
    // The real build uses the clock, so which group it is in depends on the day of the build.
    const past = html.includes('<h3>Verreden</h3>');
    if (past) expect(html).toMatch(/Uitslagen en verslagen<span class="visually-hidden">: Wereldbeker Salt Lake City/);
    else expect(html).toContain(`href="/wedstrijden/${slug}/wedstrijd.ics"`);
  });
});

describe('the exported competition page', () => {
  it('offers no "Zet in je agenda" for a competition already skated (November 2025, before any build of today)', () => {
    const html = exported('wedstrijden', slug, 'index.html');

    expect(html).not.toContain('Zet in je agenda');
    expect(html).not.toContain(`/wedstrijden/${slug}/wedstrijd.ics"`);
  });
});
