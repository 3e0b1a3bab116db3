import type { SkaterSeasonBests } from '@/lib/page-data';
import { BestsTable } from './BestsTable';

type Props = { name: string; seasons: SkaterSeasonBests[] };

/** Season bests: the current season open, earlier seasons folded away so a long career stays short on a phone. */
export function SeasonBests({ name, seasons }: Props) {
  if (seasons.length === 0) return <p>Nog geen tijden van {name} op deze site.</p>;
  const [newest, ...earlier] = seasons;
  return (
    <>
      {newest ? <SeasonTable name={name} season={newest} /> : null}
      {earlier.length > 0 ? (
        <details className="skater-seasons">
          <summary>Eerdere seizoenen ({earlier.length})</summary>
          {earlier.map((season) => (
            <SeasonTable key={season.season.startYear} name={name} season={season} />
          ))}
        </details>
      ) : null}
    </>
  );
}

function SeasonTable({ name, season }: { name: string; season: SkaterSeasonBests }) {
  const caption = `Seizoen ${season.season.label}`;
  if (season.bests.length === 0)
    return (
      <p>
        Nog geen tijden van {name} in seizoen {season.season.label}.
      </p>
    );
  return <BestsTable caption={season.current ? `${caption} (dit seizoen)` : caption} bests={season.bests} />;
}
