import { formatDayNl } from '@/lib/dates';
import { paths } from '@/lib/paths';
import type { ListedRace } from '@/lib/record-pages';

type Props = { race: ListedRace };

/** Where a listed time was skated, under the skater's name: the race (to its article), the competition and the day. */
export function ListedRaceLine({ race }: Props) {
  return (
    <>
      <span className="results-members">
        <a href={paths.article(race.article.slug)}>{race.title}</a>
      </span>
      <span className="results-members">
        <a href={paths.competition(race.competition.slug)}>{race.competition.name}</a>,{' '}
        <time dateTime={race.day}>{formatDayNl(race.day)}</time>
      </span>
    </>
  );
}
