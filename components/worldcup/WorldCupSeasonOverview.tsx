import { DayRange } from '@/components/competition/DayRange';
import type { WorldCupSeasonPageData } from '@/lib/world-cup-pages';
import { MissingRaces } from './MissingRaces';
import { WorldCupStandingTable } from './WorldCupStandingTable';

type Props = { data: WorldCupSeasonPageData };

/** A World Cup season: per division each distance's leaders with a link to the whole standing, and the planned weekends. */
export function WorldCupSeasonOverview({ data }: Props) {
  return (
    <>
      <p>
        De klassementen zoals deze site ze kent: berekend uit de uitslagen die hier staan
        {data.counted === 1 ? ' (1 race)' : ` (${data.counted} races)`}. Een race zonder uitslag op de site telt niet
        mee.
      </p>
      {data.points.map(({ division, table }) => (
        <p key={division} className="world-cup-points">
          Punten in divisie {division}, vanaf plaats 1: {table.join(', ')}.
        </p>
      ))}
      {data.divisions.map(({ division, standings }) => (
        <section key={division} aria-labelledby={`divisie-${division}`}>
          <h2 id={`divisie-${division}`}>Divisie {division}</h2>
          {standings.map((standing) => (
            <section key={standing.slug} aria-labelledby={`${standing.slug}-${division}`}>
              <h3 id={`${standing.slug}-${division}`}>
                <a href={standing.path}>{standing.label}</a>
              </h3>
              <MissingRaces counted={standing.counted} missing={standing.missing} />
              {standing.top.length > 0 ? (
                <WorldCupStandingTable
                  id={`stand-${standing.slug}-${division}`}
                  title={`Kop van de stand: ${standing.label}`}
                  rows={standing.top}
                />
              ) : null}
            </section>
          ))}
        </section>
      ))}
      {data.weekends.length > 0 ? (
        <section aria-labelledby="programma">
          <h2 id="programma">Programma</h2>
          <ul className="site-index">
            {data.weekends.map((weekend) => (
              <li key={weekend.name}>
                {weekend.name}
                <p>
                  <DayRange start={weekend.start} end={weekend.end} />: {weekend.published} van {weekend.planned}{' '}
                  {weekend.planned === 1 ? 'race' : 'races'} op de site
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
