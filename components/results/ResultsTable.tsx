import { useId } from 'react';
import type { RecordMarker, ResultsBlock } from '@/lib/types';
import { AthleteName } from './AthleteName';
import { ResultsRow } from './ResultsRow';
import { ShortLabel } from './ShortLabel';

type Props = {
  results: ResultsBlock;
  /** One list per row: the markers the site's history gives it, shown where the editor wrote none. */
  computedMarkers?: readonly (readonly RecordMarker[])[];
};

/** A results block as a table: Dutch times and gaps, record badges, statuses, linked skaters. */
export function ResultsTable({ results, computedMarkers }: Props) {
  const titleId = useId();
  const noteId = useId();
  // A table without a record column gets one when the site's history gives a row a marker.
  const computedShown = results.rows.some((row, index) => row.records.length === 0 && computedMarkers?.[index]?.length);
  const columns = computedShown ? { ...results.columns, records: true } : results.columns;
  const teamEvent = columns.members;
  return (
    // The wrapper scrolls sideways on narrow phones; it is focusable so keyboard users can scroll it too.
    <div className="results" role="region" aria-labelledby={titleId} tabIndex={0}>
      {/* The table is named by its title alone; the note describes it. */}
      <table
        aria-labelledby={titleId}
        aria-describedby={results.note ? noteId : undefined}
        // Where the table is narrow the gap folds under the time, and the country after the name (app/globals.css).
        className={columns.time && columns.gap ? 'results-folds' : 'results-folds-country'}
      >
        <caption>
          <span className="results-title" id={titleId}>
            {results.title}
          </span>
          {results.note ? (
            <>
              {' '}
              <span className="results-note" id={noteId}>
                {results.note}
              </span>
            </>
          ) : null}
        </caption>
        <thead>
          <tr>
            {columns.position ? (
              <th scope="col" className="num">
                <ShortLabel short="Pos." full="Positie" />
              </th>
            ) : null}
            <th scope="col">{teamEvent ? 'Ploeg' : 'Naam'}</th>
            {columns.country ? (
              <th scope="col" className="results-country">
                Land
              </th>
            ) : null}
            {columns.time ? (
              <th scope="col" className="num">
                Tijd
              </th>
            ) : null}
            {columns.gap ? (
              <th scope="col" className="num results-gap">
                Verschil
              </th>
            ) : null}
            {columns.records ? (
              <th scope="col">
                {/* "Rec." where the table is narrow (app/globals.css); read out as "Record" either way. */}
                <span className="results-label-long">Record</span>
                <span className="results-label-short" aria-hidden="true">
                  Rec.
                </span>
              </th>
            ) : null}
            {results.extraColumns.map((header, index) => (
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.rows.map((row, rowIndex) => (
            <ResultsRow
              key={rowIndex}
              row={row}
              columns={columns}
              extra
              computedMarkers={computedMarkers?.[rowIndex]}
              header={
                <>
                  <AthleteName entry={row} />
                  {row.members.length > 0 ? (
                    <span className="results-members">
                      {' '}
                      {row.members.map((member, index) => (
                        <span key={index}>
                          {index > 0 ? ', ' : null}
                          <AthleteName entry={member} />
                        </span>
                      ))}
                    </span>
                  ) : null}
                </>
              }
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
