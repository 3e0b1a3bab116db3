import { CompetitionPlace } from '@/components/competition/CompetitionPlace';
import { paths } from '@/lib/paths';
import type { Competition } from '@/lib/types';
import { AddToCalendarLink } from './AddToCalendarLink';
import { DayRange } from '@/components/competition/DayRange';

type Props = {
  competition: Competition;
  /** Still to come: offers to add it to an agenda. */
  coming: boolean;
  /** Has articles (results, reports): a past competition then links to them. */
  reported: boolean;
};

/** One competition in the calendar: name, days, where, and what a reader can do next. */
export function CalendarEntry({ competition, coming, reported }: Props) {
  const page = paths.competition(competition.slug);
  return (
    <div className="calendar-entry">
      <h4>
        <a href={page}>{competition.name}</a>
      </h4>
      <p className="calendar-entry-days">
        <DayRange start={competition.start} end={competition.end} />
      </p>
      <p className="calendar-entry-place">
        <CompetitionPlace competition={competition} />
      </p>
      {coming ? (
        <p>
          <AddToCalendarLink competition={competition} />
        </p>
      ) : reported ? (
        <p>
          <a href={page}>
            Uitslagen en verslagen<span className="visually-hidden">{`: ${competition.name}`}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}
