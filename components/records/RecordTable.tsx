import { DISTANCE_LABELS } from '@/lib/labels';
import { formatRaceTime, raceTimeSeconds } from '@/lib/race-time';
import type { ListedEntry } from '@/lib/record-pages';
import type { RaceTime } from '@/lib/types';
import { ListedRaceLine } from './ListedRaceLine';
import { SkaterName } from './SkaterName';

type Props = {
  /** The table's id, for its region's name. */
  id: string;
  caption: string;
  entries: ListedEntry[];
  /**
   * `records`: one row per distance and category, the distance heading the row. `ranked`: one
   * list, the place first and the skater heading the row.
   */
  kind: 'records' | 'ranked';
};

/** A list of times, each with its skater and its race; three or four columns, so that it fits a phone. */
export function RecordTable({ id, caption, entries, kind }: Props) {
  return (
    <div className="results records-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>
          <span className="results-title">{caption}</span>
        </caption>
        <thead>
          <tr>
            {kind === 'records' ? (
              <th scope="col">Afstand</th>
            ) : (
              <th scope="col" className="num">
                Plaats
              </th>
            )}
            <th scope="col">Schaatser</th>
            <th scope="col" className="num">
              Tijd
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.distance}-${entry.sex}-${index}`}>
              {kind === 'records' ? (
                <th scope="row">
                  {DISTANCE_LABELS[entry.distance]} {entry.sex}
                </th>
              ) : (
                <td className="num">{entry.place}</td>
              )}
              {kind === 'records' ? (
                <td>
                  <SkaterName name={entry.name} athlete={entry.athlete} country={entry.country} />
                  <ListedRaceLine race={entry.race} />
                </td>
              ) : (
                <th scope="row">
                  <SkaterName name={entry.name} athlete={entry.athlete} country={entry.country} />
                  <ListedRaceLine race={entry.race} />
                </th>
              )}
              <td className="num">
                <TimeValue time={entry.time} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A time in Dutch, with its seconds for machines. */
export function TimeValue({ time }: { time: RaceTime }) {
  return <data value={raceTimeSeconds(time)}>{formatRaceTime(time)}</data>;
}
