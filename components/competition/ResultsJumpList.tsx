import type { CompetitionDay } from '@/lib/competition-results';

type Props = {
  days: CompetitionDay[];
  /** Further sections of the page after the days, by anchor and name: the classification, other tables. */
  more: { id: string; name: string }[];
};

/** In-page links to each day and each race of a competition, at the top of its results. */
export function ResultsJumpList({ days, more }: Props) {
  return (
    <nav aria-label="Naar een uitslag" className="jump-list">
      <ul>
        {days.map((day) => (
          <li key={day.id}>
            <a href={`#${day.id}`}>{day.label}</a>
            <ul>
              {day.races.map((race) => (
                <li key={race.id}>
                  <a href={`#${race.id}`}>{race.label}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {more.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
