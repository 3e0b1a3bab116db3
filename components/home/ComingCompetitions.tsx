import { DayRange } from '@/components/competition/DayRange';
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
            <DayRange start={competition.start} end={competition.end} />, {competition.location}
          </span>
        </li>
      ))}
    </ul>
  );
}
