import { PublishedTime } from '@/components/article/PublishedTime';
import { RecordBadge } from '@/components/results/RecordBadge';
import { STATUS_LABELS, paths } from '@/lib/labels';
import { formatRaceTime } from '@/lib/race-time';
import type { AthleteResult } from '@/lib/site-model';

type Props = { name: string; results: AthleteResult[] };

/** Every result row a skater appears in, across all published results tables, newest first. */
export function AthleteResults({ name, results }: Props) {
  if (results.length === 0) return <p>Nog geen uitslagen van {name}.</p>;
  return (
    <div className="results" role="region" aria-labelledby="uitslagen-schaatser" tabIndex={0}>
      <table>
        <caption id="uitslagen-schaatser">
          <span className="results-title">Uitslagen van {name}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col" className="num">
              Plaats
            </th>
            <th scope="col" className="num">
              Tijd
            </th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {results.map(({ article, block, competition, row, asTeamMember }, index) => (
            <tr key={`${article.slug}-${index}`}>
              <th scope="row">
                <a href={paths.article(article.slug)}>{block.title}</a>
                {asTeamMember ? <span className="results-members"> met {row.name}</span> : null}
                {/* Where and when, under the race: four columns fit a phone. */}
                <span className="results-members">
                  {competition ? (
                    <>
                      <a href={paths.competition(competition.slug)}>{competition.name}</a>,{' '}
                    </>
                  ) : null}
                  <PublishedTime date={article.date} withTime={false} />
                </span>
              </th>
              <td className="num">{row.position ?? (row.status ? STATUS_LABELS[row.status] : null)}</td>
              <td className="num">{row.time ? formatRaceTime(row.time) : null}</td>
              <td>
                {row.records.map((marker, markerIndex) => (
                  <span key={marker}>
                    {markerIndex > 0 ? ' ' : null}
                    <RecordBadge marker={marker} />
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
