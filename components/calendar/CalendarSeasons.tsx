import type { CalendarSeason } from '@/lib/calendar/seasons';
import { CalendarSeasonSection } from './CalendarSeasonSection';

type Props = {
  /** Newest season first, as `calendarSeasons` gives them. */
  seasons: CalendarSeason[];
  /** Slugs of the competitions that have articles. */
  reported: ReadonlySet<string>;
};

/** The calendar, one section per season in the order given. */
export function CalendarSeasons({ seasons, reported }: Props) {
  if (seasons.length === 0) return <p>Er staan nog geen wedstrijden op de kalender.</p>;
  return (
    <>
      {seasons.map((calendarSeason) => (
        <CalendarSeasonSection
          key={calendarSeason.season.startYear}
          calendarSeason={calendarSeason}
          reported={reported}
        />
      ))}
    </>
  );
}
