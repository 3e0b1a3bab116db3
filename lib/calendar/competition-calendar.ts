import { siteConfig } from '../config';
import { countryName } from '../countries';
import { paths } from '../paths';
import { absoluteUrl } from '../seo/urls';
import type { Competition } from '../types';
import { startOfDayInSiteZone } from './days';
import { serializeCalendar, type AllDayEvent } from './ical';

/** Where the whole calendar is published, for phones and agenda apps to subscribe to. */
export const CALENDAR_ICS_PATH = '/kalender.ics';

const CALENDAR_NAME = 'Schaatskalender';

/**
 * A competition as an all-day event, stamped with the day of `builtAt`.
 *
 * DTSTAMP is when the file was made (RFC 5545 §3.8.7.2): the build's "now" (model.builtAt),
 * fixed once per build from BUILD_TIME and never the clock, so two builds of the same content
 * and build time are byte-identical. It is taken to the start of that day in Amsterdam because
 * a build with nothing to do keeps the previous export as long as content and day are the
 * same (decision 23); a stamp to the second would make that export differ from a full build.
 */
export function competitionEvent(competition: Competition, builtAt: Date): AllDayEvent {
  const url = absoluteUrl(paths.competition(competition.slug));
  const place = [competition.venue, competition.location, competition.country && countryName(competition.country)];
  return {
    // The slug is the competition's stable identity; the host makes the UID unique worldwide (RFC 5545 §3.8.4.7).
    uid: `${competition.slug}@${new URL(siteConfig.url).hostname}`,
    stamp: startOfDayInSiteZone(builtAt),
    firstDay: competition.start,
    lastDay: competition.end,
    summary: competition.name,
    location: place.filter(Boolean).join(', '),
    description: `Nieuws, uitslagen en verslagen op ${siteConfig.name}: ${url}`,
    url,
  };
}

/**
 * The competitions as one iCalendar file, in the order given, made at `builtAt` (the build's
 * "now"). Throws a RangeError for a competition whose days are not `YYYY-MM-DD` (validation
 * refuses those).
 */
export function competitionsCalendar(competitions: readonly Competition[], builtAt: Date): string {
  return serializeCalendar({
    productId: `-//${siteConfig.name}//${CALENDAR_NAME}//NL`,
    name: CALENDAR_NAME,
    description: `Schaatswedstrijden van ${siteConfig.name}`,
    timeZone: siteConfig.timeZone,
    // The file changes when the site is built; twice a day is often enough for a calendar.
    refreshInterval: 'PT12H',
    events: competitions.map((competition) => competitionEvent(competition, builtAt)),
  });
}
