import { siteConfig } from '../config';
import { countryName } from '../countries';
import { paths } from '../paths';
import { absoluteUrl } from '../seo/urls';
import type { Competition } from '../types';
import { serializeCalendar, type AllDayEvent } from './ical';

/** Where the whole calendar is published, for phones and agenda apps to subscribe to. */
export const CALENDAR_ICS_PATH = '/kalender.ics';

const CALENDAR_NAME = 'Schaatskalender';

/**
 * A competition as an all-day event.
 *
 * DTSTAMP is the competition's first day at 00:00 UTC, not the build's clock: the same content
 * then gives a byte-identical file on every build (reproducible builds, stable caches and
 * diffs of out/), and apps that subscribe see no change in an event that has not changed.
 */
export function competitionEvent(competition: Competition): AllDayEvent {
  const url = absoluteUrl(paths.competition(competition.slug));
  const place = [competition.venue, competition.location, competition.country && countryName(competition.country)];
  return {
    // The slug is the competition's stable identity; the host makes the UID unique worldwide (RFC 5545 §3.8.4.7).
    uid: `${competition.slug}@${new URL(siteConfig.url).hostname}`,
    stamp: new Date(`${competition.start}T00:00:00Z`),
    firstDay: competition.start,
    lastDay: competition.end,
    summary: competition.name,
    location: place.filter(Boolean).join(', '),
    description: `Nieuws, uitslagen en verslagen op ${siteConfig.name}: ${url}`,
    url,
  };
}

/**
 * The competitions as one iCalendar file, in the order given. Throws a RangeError for a
 * competition whose days are not `YYYY-MM-DD` (validation refuses those).
 */
export function competitionsCalendar(competitions: readonly Competition[]): string {
  return serializeCalendar({
    productId: `-//${siteConfig.name}//${CALENDAR_NAME}//NL`,
    name: CALENDAR_NAME,
    description: `Schaatswedstrijden van ${siteConfig.name}`,
    timeZone: siteConfig.timeZone,
    // The file changes when the site is built; twice a day is often enough for a calendar.
    refreshInterval: 'PT12H',
    events: competitions.map(competitionEvent),
  });
}
