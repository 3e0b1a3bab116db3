import type { CalendarSeason } from '@/lib/calendar/seasons';
import { CalendarEntry } from './CalendarEntry';

type Props = {
  calendarSeason: CalendarSeason;
  /** Slugs of the competitions that have articles. */
  reported: ReadonlySet<string>;
};

/** One season: the competitions still to come first, marked as such, then those already skated. */
export function CalendarSeasonSection({ calendarSeason, reported }: Props) {
  const { season, coming, past } = calendarSeason;
  // The anchor keeps its hyphen (#seizoen-2025-2026): links made before the label had a slash still land here.
  const id = `seizoen-${season.startYear}-${season.startYear + 1}`;
  return (
    <section className="calendar-season" aria-labelledby={id}>
      <h2 id={id}>{`Seizoen ${season.label}`}</h2>
      {coming.length > 0 ? (
        <div className="calendar-group calendar-group-coming">
          <h3>
            <span className="calendar-badge">Komt eraan</span>
          </h3>
          <ol className="calendar-list">
            {coming.map((competition) => (
              <li key={competition.slug}>
                <CalendarEntry competition={competition} coming reported={reported.has(competition.slug)} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {past.length > 0 ? (
        <div className="calendar-group">
          <h3>Verreden</h3>
          <ol className="calendar-list">
            {past.map((competition) => (
              <li key={competition.slug}>
                <CalendarEntry competition={competition} coming={false} reported={reported.has(competition.slug)} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
