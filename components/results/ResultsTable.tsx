import { useId } from 'react';
import { STATUS_LABELS } from '@/lib/labels';
import { formatGap, formatRaceTime } from '@/lib/race-time';
import type { ResultsBlock, ResultStatus } from '@/lib/types';
import { AthleteName } from './AthleteName';
import { CountryLabel } from './CountryLabel';
import { RecordBadge } from './RecordBadge';

type Props = { results: ResultsBlock };

/** A results block as a table: Dutch times and gaps, record badges, statuses, linked skaters. */
export function ResultsTable({ results }: Props) {
  const titleId = useId();
  const noteId = useId();
  const { columns } = results;
  const teamEvent = columns.members;
  return (
    // The wrapper scrolls sideways on narrow phones; it is focusable so keyboard users can scroll it too.
    <div className="results" role="region" aria-labelledby={titleId} tabIndex={0}>
      {/* The table is named by its title alone; the note describes it. */}
      <table aria-labelledby={titleId} aria-describedby={results.note ? noteId : undefined}>
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
            {columns.country ? <th scope="col">Land</th> : null}
            {columns.time ? (
              <th scope="col" className="num">
                Tijd
              </th>
            ) : null}
            {columns.gap ? (
              <th scope="col" className="num">
                Verschil
              </th>
            ) : null}
            {columns.records ? <th scope="col">Record</th> : null}
            {results.extraColumns.map((header, index) => (
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {columns.position ? (
                <td className="num">
                  {/* Without a time column, a status stands where the position would. */}
                  {row.position ?? (row.status && !columns.time ? <StatusLabel status={row.status} /> : null)}
                </td>
              ) : null}
              <th scope="row">
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
              </th>
              {columns.country ? <td>{row.country ? <CountryLabel code={row.country} /> : null}</td> : null}
              {columns.time ? (
                <td className="num">
                  {row.status ? <StatusLabel status={row.status} /> : row.time ? formatRaceTime(row.time) : null}
                </td>
              ) : null}
              {columns.gap ? <td className="num">{row.gap ? formatGap(row.gap) : null}</td> : null}
              {columns.records ? (
                <td>
                  {row.records.map((marker, index) => (
                    <span key={marker}>
                      {index > 0 ? ' ' : null}
                      <RecordBadge marker={marker} />
                    </span>
                  ))}
                </td>
              ) : null}
              {row.extra.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatusLabel({ status }: { status: ResultStatus }) {
  return <ShortLabel short={status} full={STATUS_LABELS[status]} />;
}

/** A short code on screen, its full Dutch meaning on hover and for screen readers (who skip `title`). */
function ShortLabel({ short, full }: { short: string; full: string }) {
  return (
    <span className="short-label" title={full}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
