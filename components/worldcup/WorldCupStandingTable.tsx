import { FoldedCountry } from '@/components/results/FoldedCountry';
import { AthleteName } from '@/components/results/AthleteName';
import { CountryLabel } from '@/components/results/CountryLabel';
import { ShortLabel } from '@/components/results/ShortLabel';
import { formatDayRangeNl } from '@/lib/dates';
import type { WorldCupRaceColumn, WorldCupRow } from '@/lib/world-cup-pages';

type Props = {
  title: string;
  note?: string;
  rows: WorldCupRow[];
  /** The races as columns with each one's points; left out, only the totals are shown. */
  races?: WorldCupRaceColumn[];
  id: string;
};

/** A World Cup standing: place, skater or team (linked), country, the points per race and the total. */
export function WorldCupStandingTable({ title, note, rows, races, id }: Props) {
  const titleId = `${id}-titel`;
  return (
    <div className="results" role="region" aria-labelledby={titleId} tabIndex={0}>
      <table
        className="results-folds-country"
        aria-labelledby={titleId}
        aria-describedby={note ? `${id}-uitleg` : undefined}
      >
        <caption>
          <span className="results-title" id={titleId}>
            {title}
          </span>
          {note ? (
            <span className="results-note" id={`${id}-uitleg`}>
              {note}
            </span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              <ShortLabel short="Pos." full="Positie" />
            </th>
            <th scope="col">Naam</th>
            <th scope="col" className="results-country">
              Land
            </th>
            {(races ?? []).map((race) => (
              <th scope="col" className="num" key={race.key}>
                {race.competition.location}{' '}
                <span className="results-members">{formatDayRangeNl(race.date, race.date).replace(/ \d{4}$/, '')}</span>
              </th>
            ))}
            <th scope="col" className="num">
              Punten
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.athlete?.slug ?? `${row.name}-${row.country ?? ''}`}>
              <td className="num">{row.place}</td>
              <th scope="row">
                <AthleteName entry={row} />
                <FoldedCountry code={row.country} />
              </th>
              <td className="results-country">{row.country ? <CountryLabel code={row.country} /> : null}</td>
              {(races ?? []).map((race, index) => (
                <td className="num" key={race.key}>
                  {row.perRace[index] ?? '–'}
                </td>
              ))}
              <td className="num">
                <strong>{row.points}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
