import { paths } from '@/lib/paths';
import type { Athlete } from '@/lib/types';

type Props = { athletes: Athlete[] };

/** The skaters in a story, each a link to their page. */
export function AthleteChips({ athletes }: Props) {
  if (athletes.length === 0) return null;
  return (
    <section className="chips" aria-labelledby="schaatsers-in-dit-verhaal">
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
