import { paths } from '@/lib/paths';
import type { WorldCupIndexData } from '@/lib/world-cup-pages';

type Props = { data: WorldCupIndexData };

/** Every World Cup season the site keeps standings of, newest first. */
export function WorldCupIndex({ data }: Props) {
  if (data.seasons.length === 0) return <p>Nog geen wereldbekerseizoenen.</p>;
  return (
    <ul className="site-index">
      {data.seasons.map((season) => (
        <li key={season.slug}>
          <a href={paths.worldCupSeason(season.slug)}>Wereldbeker {season.label}</a>{' '}
          <span className="site-index-count">
            ({season.counted === 1 ? '1 race geteld' : `${season.counted} races geteld`})
          </span>
        </li>
      ))}
    </ul>
  );
}
