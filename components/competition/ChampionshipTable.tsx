import { SamalogPoints } from '@/components/results/SamalogPoints';
import { AthleteName } from '@/components/results/AthleteName';
import { ShortLabel } from '@/components/results/ShortLabel';
import type { ClassificationData } from '@/lib/page-data';
import { formatRaceTime } from '@/lib/race-time';
import { formatPoints } from '@/lib/skating/samalog';

type Props = { classification: ClassificationData; id: string };

const NAMES = { allround: 'Allroundklassement', sprint: 'Sprintklassement' } as const;

/**
 * An allround or sprint championship's classification: each skater with every distance, their
 * times with the samalog points under them, and the sum, lowest first.
 */
export function ChampionshipTable({ classification, id }: Props) {
  const { championship, sex, columns, rows, incomplete } = classification;
  const titleId = `${id}-titel`;
  // The sprint skates each distance twice: "500 m (1)", "500 m (2)".
  const twice = new Set(columns.map((column) => column.distance)).size < columns.length;
  const labels = columns.map((column, index) => {
    const round = columns.slice(0, index + 1).filter((other) => other.distance === column.distance).length;
    return `${column.distance} m${twice ? ` (${round})` : ''}`;
  });
  return (
    <div className="results" role="region" aria-labelledby={titleId} tabIndex={0} id={id}>
      <table className="results-folds-country" aria-labelledby={titleId} aria-describedby={`${id}-uitleg`}>
        <caption>
          <span className="results-title" id={titleId}>
            {NAMES[championship]} {sex}
          </span>
          <span className="results-note" id={`${id}-uitleg`}>
            Samalogpunten: de tijd per 500 meter, opgeteld; de laagste som wint.
            {incomplete > 0
              ? ` ${incomplete} ${incomplete === 1 ? 'schaatser heeft' : 'schaatsers hebben'} niet alle afstanden en ${incomplete === 1 ? 'staat' : 'staan'} er niet in.`
              : ''}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              <ShortLabel short="Pos." full="Positie" />
            </th>
            <th scope="col">Naam</th>
            {labels.map((label) => (
              <th scope="col" className="num" key={label}>
                {label}
              </th>
            ))}
            <th scope="col" className="num">
              Punten
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.athlete?.slug ?? row.name}>
              <td className="num">{row.place}</td>
              <th scope="row">
                <AthleteName entry={row} />
                {row.country ? <span className="results-members"> {row.country}</span> : null}
              </th>
              {row.parts.map((part, index) => (
                <td className="num" key={index}>
                  {formatRaceTime(part.time)}
                  <span className="results-members"> {formatPoints(part.points)}</span>
                </td>
              ))}
              <td className="num">
                <SamalogPoints thousandths={row.points} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
