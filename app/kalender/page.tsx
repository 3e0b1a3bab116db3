import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { CalendarSeasons } from '@/components/calendar/CalendarSeasons';
import { CalendarSubscribe } from '@/components/calendar/CalendarSubscribe';
import { CALENDAR_ICS_PATH } from '@/lib/calendar/competition-calendar';
import { calendarSeasons } from '@/lib/calendar/seasons';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, webcalUrl } from '@/lib/seo/urls';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Schaatskalender',
  description: 'Alle schaatswedstrijden per seizoen: wat eraan komt, en de uitslagen en verslagen van wat verreden is.',
  path: paths.calendar(),
});

export default function CalendarPage() {
  const model = getSiteModel();
  // "Coming" is decided at build time (the page is static): a rebuild moves finished competitions to "Verreden".
  const seasons = calendarSeasons(model.competitions, model.builtAt);
  const reported = new Set(
    model.competitions
      .filter((competition) => model.articlesAt(competition.slug).length > 0)
      .map((competition) => competition.slug),
  );
  return (
    <>
      <CurrentSection section="kalender" />
      <h1 className="page-title">Schaatskalender</h1>
      <CalendarSubscribe
        href={CALENDAR_ICS_PATH}
        httpsUrl={absoluteUrl(CALENDAR_ICS_PATH)}
        webcalUrl={webcalUrl(CALENDAR_ICS_PATH)}
      />
      {model.worldCupSeasons.length > 0 ? (
        <p>
          De stand in de wereldbeker per afstand: <a href={paths.worldCup()}>wereldbekerklassementen</a>
        </p>
      ) : null}
      <CalendarSeasons seasons={seasons} reported={reported} />
    </>
  );
}
