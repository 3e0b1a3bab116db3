import { PublishedTime } from '@/components/article/PublishedTime';
import { formatDayNl } from '@/lib/dates';
import { ResultsRow } from '@/components/results/ResultsRow';
import { SkaterResultsHead } from './SkaterResultsHead';
import { paths } from '@/lib/paths';
import type { AthleteResultEntry } from '@/lib/page-data';

type Props = {
  name: string;
  results: AthleteResultEntry[];
  /** The table's caption; "Uitslagen van <name>" by default. */
  caption?: string;
};

/** A skater's own list: the place, the race, the time and the records. */
const COLUMNS = { position: true, country: false, time: true, gap: false, records: true, members: false };

/** Every result row a skater appears in, across all published results tables, newest first. */
export function AthleteResults({ name, results, caption = `Uitslagen van ${name}` }: Props) {
  if (results.length === 0) return <p>Nog geen uitslagen van {name}.</p>;
  return (
    <div className="results" role="region" aria-labelledby="uitslagen-schaatser" tabIndex={0}>
      <table>
        <caption id="uitslagen-schaatser">
          <span className="results-title">{caption}</span>
        </caption>
        <SkaterResultsHead race="Onderdeel" />
        <tbody>
          {results.map(({ article, block, competition, day, row, asTeamMember }, index) => (
            <ResultsRow
              key={`${article.slug}-${index}`}
              row={row}
              columns={COLUMNS}
              header={
                <>
                  <a href={paths.article(article.slug)}>{block.title}</a>
                  {asTeamMember ? <span className="results-members"> met {row.name}</span> : null}
                  {/* Where and when, under the race: four columns fit a phone. */}
                  <span className="results-members">
                    {competition ? (
                      <>
                        <a href={paths.competition(competition.slug)}>{competition.name}</a>,{' '}
                      </>
                    ) : null}
                    {/* The race's own day where the table says it; else the day it was reported. */}
                    {day ? (
                      <time dateTime={day}>{formatDayNl(day)}</time>
                    ) : (
                      <PublishedTime date={article.date} withTime={false} />
                    )}
                  </span>
                </>
              }
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
