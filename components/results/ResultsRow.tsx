import { FoldedCountry } from './FoldedCountry';
import type { ReactNode } from 'react';
import { STATUS_LABELS } from '@/lib/labels';
import { formatGap, formatRaceTime } from '@/lib/race-time';
import { shownMarkers } from '@/lib/skating/markers';
import type { RecordMarker, ResultRow, ResultsBlock } from '@/lib/types';
import { CountryLabel } from './CountryLabel';
import { RecordBadge } from './RecordBadge';
import { ShortLabel } from './ShortLabel';

type Props = {
  row: ResultRow;
  /** The cells to show, in the site's fixed order: place, header, country, time, gap, records. */
  columns: ResultsBlock['columns'];
  /** The row's header cell: who rode (a results table) or which race (a skater's results). */
  header: ReactNode;
  /** The cells of the block's own extra columns, after the known ones. */
  extra?: boolean;
  /** The row's markers by the site's history: shown when the editor wrote none. */
  computedMarkers?: readonly RecordMarker[];
};

/**
 * One result as a table row, the same wherever a result is shown: Dutch times and gaps, a
 * status (DQ, DNF, DNS) as a short code read out in full, record badges.
 */
export function ResultsRow({ row, columns, header, extra = false, computedMarkers }: Props) {
  const markers = shownMarkers(row, computedMarkers);
  const computed = row.records.length === 0;
  const status = row.status ? <ShortLabel short={row.status} full={STATUS_LABELS[row.status]} /> : null;
  return (
    <tr>
      {columns.position ? (
        // Without a time column, a status stands where the place would.
        <td className="num">{row.position ?? (columns.time ? null : status)}</td>
      ) : null}
      <th scope="row">
        {header}
        {columns.country ? <FoldedCountry code={row.country} /> : null}
      </th>
      {columns.country ? (
        <td className="results-country">{row.country ? <CountryLabel code={row.country} /> : null}</td>
      ) : null}
      {columns.time ? (
        <td className="num">
          {status ?? (row.time ? formatRaceTime(row.time) : null)}
          {/* The gap again, under the time: shown only where the table is too narrow for its own column. */}
          {columns.gap && row.gap ? (
            <span className="results-folded-gap" data-pagefind-ignore>
              {' '}
              {formatGap(row.gap)}
            </span>
          ) : null}
        </td>
      ) : null}
      {columns.gap ? <td className="num results-gap">{row.gap ? formatGap(row.gap) : null}</td> : null}
      {columns.records ? (
        <td>
          {markers.map((marker, index) => (
            <span key={marker}>
              {index > 0 ? ' ' : null}
              <RecordBadge marker={marker} computed={computed} />
            </span>
          ))}
        </td>
      ) : null}
      {extra ? row.extra.map((cell, index) => <td key={index}>{cell}</td>) : null}
    </tr>
  );
}
