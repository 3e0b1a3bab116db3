import { useId } from 'react';
import { ResultsRow } from '@/components/results/ResultsRow';
import { SkaterResultsHead } from './SkaterResultsHead';
import { formatDayNl } from '@/lib/dates';
import { distanceLabel } from '@/lib/labels';
import type { SkaterSeasonResults } from '@/lib/page-data';
import { paths } from '@/lib/paths';

type Props = { name: string; seasons: SkaterSeasonResults[] };
type Group = SkaterSeasonResults['groups'][number];

/** The skater's own columns: the place, the race, the time and the records (written or computed). */
const COLUMNS = { position: true, country: false, time: true, gap: false, records: true, members: false };

/**
 * A skater's races by season (newest first) and by distance, each with the race's own day. The
 * newest season is open; earlier ones fold into a <details>, so a career of fifty races is not
 * metres of scrolling on a phone, and no script is needed to open them.
 */
export function SeasonResults({ name, seasons }: Props) {
  if (seasons.length === 0) return <p>Nog geen races van {name} op deze site.</p>;
  return (
    <>
      {seasons.map((season, index) => {
        const races = season.groups.reduce((count, group) => count + group.entries.length, 0);
        const tables = season.groups.map((group) => (
          <GroupTable key={`${group.distance}/${group.sex}`} group={group} season={season.season.label} />
        ));
        return (
          <section key={season.season.startYear} aria-labelledby={`seizoen-${season.season.startYear}`}>
            <h3 id={`seizoen-${season.season.startYear}`}>Seizoen {season.season.label}</h3>
            {index === 0 ? (
              tables
            ) : (
              <details className="skater-seasons">
                <summary>{races === 1 ? 'Toon de race' : `Toon de ${races} races`}</summary>
                {tables}
              </details>
            )}
          </section>
        );
      })}
    </>
  );
}

function GroupTable({ group, season }: { group: Group; season: string }) {
  const captionId = useId();
  return (
    <div className="results" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          <span className="results-title">
            {distanceLabel(group.distance)} {group.sex}
            {/* Every season has its 500 m: the season makes each table's name its own. */}{' '}
            <span className="visually-hidden">in seizoen {season}</span>
          </span>
        </caption>
        <SkaterResultsHead race="Race" />
        <tbody>
          {group.entries.map((entry, index) => (
            <ResultsRow
              key={index}
              row={entry.row}
              columns={COLUMNS}
              computedMarkers={entry.computedMarkers}
              header={
                <>
                  <a href={paths.article(entry.article.slug)}>{entry.title}</a>
                  {entry.asTeamMember ? <span className="results-members"> met {entry.row.name}</span> : null}
                  <span className="results-members">
                    <a href={paths.competition(entry.competition.slug)}>{entry.competition.name}</a>,{' '}
                    <time dateTime={entry.day}>{formatDayNl(entry.day)}</time>
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
