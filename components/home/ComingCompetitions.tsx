import { formatDayNl } from '@/lib/dates';
import { paths } from '@/lib/paths';
import type { Competition } from '@/lib/types';

type Props = { competitions: Competition[] };

/** The next competitions from the calendar, soonest first. */
export function ComingCompetitions({ competitions }: Props) {
  if (competitions.length === 0) return <p>Er staan nog geen nieuwe wedstrijden op de kalender.</p>;
  return (
    <ul className="coming-competitions">
      {competitions.map((competition) => (
        <li key={competition.slug}>
          <a href={paths.competition(competition.slug)}>{competition.name}</a>
          <span className="coming-date">
            <time dateTime={competition.start}>{formatDayNl(competition.start)}</time>, {competition.location}
          </span>
        </li>
      ))}
    </ul>
  );
}
