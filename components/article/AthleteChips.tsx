import { paths } from '@/lib/paths';
import type { Athlete } from '@/lib/types';

type Props = { athletes: Athlete[] };

/** The skaters in a story, each a link to their page. */
export function AthleteChips({ athletes }: Props) {
  if (athletes.length === 0) return null;
  return (
    // Not in the search index: its heading would be a sub-result of every article (the names are links to the skaters, who have pages of their own).
    <section className="chips" aria-labelledby="schaatsers-in-dit-verhaal" data-pagefind-ignore="all">
      <h2 id="schaatsers-in-dit-verhaal">Schaatsers in dit verhaal</h2>
      <ul>
        {athletes.map((athlete) => (
          <li key={athlete.slug}>
            <a href={paths.athlete(athlete.slug)}>{athlete.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
