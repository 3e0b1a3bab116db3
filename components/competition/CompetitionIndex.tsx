import { CompetitionPlace } from '@/components/competition/CompetitionPlace';
import { DayRange } from '@/components/competition/DayRange';
import { paths } from '@/lib/paths';
import type { SeasonOfCompetitions } from '@/lib/site-index';

type Props = { seasons: SeasonOfCompetitions[] };

/** Every competition the site knows, by season: name, days and place, each leading to its page. */
export function CompetitionIndex({ seasons }: Props) {
  if (seasons.length === 0) return <p>Nog geen wedstrijden.</p>;
  return (
    <>
      {seasons.map((season) => (
        <section key={season.label} aria-labelledby={`seizoen-${season.label}`}>
          <h2 id={`seizoen-${season.label}`}>{`Seizoen ${season.label}`}</h2>
          <ul className="site-index">
            {season.competitions.map((competition) => (
              <li key={competition.slug}>
                <a href={paths.competition(competition.slug)}>{competition.name}</a>
                <p>
                  <DayRange start={competition.start} end={competition.end} />
                  {', '}
                  <CompetitionPlace competition={competition} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
