import { paths } from '@/lib/paths';
import type { Competition } from '@/lib/types';

type Props = { competition: Competition };

/**
 * A link to the competition's iCalendar file, for the agenda app. The competition's name completes the link text for
 * screen readers, which list links out of context.
 */
export function AddToCalendarLink({ competition }: Props) {
  return (
    <a href={paths.competitionIcs(competition.slug)} className="calendar-add">
      Zet in je agenda<span className="visually-hidden">{`: ${competition.name}`}</span>
    </a>
  );
}
