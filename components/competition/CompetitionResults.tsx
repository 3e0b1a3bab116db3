import { PublishedResultsList } from '@/components/results/PublishedResultsList';
import { ResultsTable } from '@/components/results/ResultsTable';
import type { CompetitionDay } from '@/lib/competition-results';
import type { ClassificationData, PublishedResultsEntry } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { ChampionshipTable } from './ChampionshipTable';
import { ResultsJumpList } from './ResultsJumpList';

type Props = { days: CompetitionDay[]; classifications: ClassificationData[]; otherResults: PublishedResultsEntry[] };

const CLASSIFICATION = { id: 'klassement', name: 'Klassement' };
const OTHERS = { id: 'overige-uitslagen', name: 'Standen en klassementen' };

/**
 * A competition's results: a jump list, then the races day by day in the order of the
 * distances, the championship's classification, and last the published tables that are no race.
 */
export function CompetitionResults({ days, classifications, otherResults }: Props) {
  if (days.length === 0 && otherResults.length === 0) return <p>Nog geen uitslagen van deze wedstrijd.</p>;
  const more = [...(classifications.length > 0 ? [CLASSIFICATION] : []), ...(otherResults.length > 0 ? [OTHERS] : [])];
  return (
    <>
      {days.length > 0 ? <ResultsJumpList days={days} more={more} /> : null}
      {days.map((day) => (
        <section key={day.id} aria-labelledby={day.id}>
          <h3 id={day.id}>{day.label}</h3>
          <div className="competition-results">
            {day.races.map((race) => (
              <div key={race.id} id={race.id}>
                <ResultsTable results={race.block} computedMarkers={race.computedMarkers} />
                <p className="results-source">
                  Uit: <a href={paths.article(race.article.slug)}>{race.article.title}</a>
                </p>
              </div>
            ))}
          </div>
        </section>
      ))}
      {classifications.length > 0 ? (
        <section aria-labelledby={CLASSIFICATION.id}>
          <h3 id={CLASSIFICATION.id}>{CLASSIFICATION.name}</h3>
          {classifications.map((classification) => (
            <ChampionshipTable
              key={classification.sex}
              classification={classification}
              id={`klassement-${classification.sex}`}
            />
          ))}
        </section>
      ) : null}
      {otherResults.length > 0 ? (
        <section aria-labelledby={OTHERS.id}>
          <h3 id={OTHERS.id}>{OTHERS.name}</h3>
          <PublishedResultsList results={otherResults} />
        </section>
      ) : null}
    </>
  );
}
