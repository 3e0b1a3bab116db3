import type { WorldCupStandingPageData } from '@/lib/world-cup-pages';
import { MissingRaces } from './MissingRaces';
import { WorldCupStandingTable } from './WorldCupStandingTable';

type Props = { data: WorldCupStandingPageData };

/** One distance and category of a World Cup season: per division, the whole standing with the points of every race. */
export function WorldCupStanding({ data }: Props) {
  const several = data.divisions.length > 1;
  return (
    <>
      {data.divisions.map((division) => (
        <section key={division.division} aria-labelledby={`divisie-${division.division}`}>
          <h2 id={`divisie-${division.division}`}>Divisie {division.division}</h2>
          <MissingRaces counted={division.races.length} missing={division.missing} />
          {division.rows.length > 0 ? (
            <WorldCupStandingTable
              id={`stand-${division.division}`}
              title={`Stand ${data.label}${several ? `, divisie ${division.division}` : ''}`}
              note="Gelijke totalen delen een plaats. Alleen de uitslagen op deze site tellen."
              rows={division.rows}
              races={division.races}
            />
          ) : (
            <p>Nog geen uitslagen van deze afstand op de site.</p>
          )}
        </section>
      ))}
    </>
  );
}
