import type { SeasonIndexEntry } from '@/lib/record-pages';

type Props = { seasons: SeasonIndexEntry[] };

/** The seasons with races, newest first, each to its lists. */
export function SeasonIndex({ seasons }: Props) {
  if (seasons.length === 0) return <p>Nog geen uitslagen met tijden op deze site.</p>;
  return (
    <ul className="site-index">
      {seasons.map((season) => (
        <li key={season.path}>
          <a href={season.path}>Seizoen {season.label}</a>{' '}
          <span className="site-index-count">
            ({season.races} {season.races === 1 ? 'race' : 'races'})
          </span>
        </li>
      ))}
    </ul>
  );
}
