import { SamalogPoints } from '@/components/results/SamalogPoints';
import { distanceLabel } from '@/lib/labels';
import type { SkaterBest, SkaterSamalog } from '@/lib/page-data';
import { BestsTable } from './BestsTable';

type Props = { name: string; bests: SkaterBest[]; samalog: SkaterSamalog[] };

/** A skater's personal records per distance as the site knows them, and their samalog where the four distances are complete. */
export function PersonalBests({ name, bests, samalog }: Props) {
  if (bests.length === 0) return <p>Nog geen tijden van {name} op deze site.</p>;
  return (
    <>
      <BestsTable caption={`Persoonlijke records van ${name}`} bests={bests} withArticle />
      {samalog.map(({ sex, points, parts }) => (
        <p key={sex} className="skater-samalog">
          Samalog van deze records ({listOf(parts.map((part) => distanceLabel(part.distance)))}
          {samalog.length > 1 ? `, ${sex}` : ''}): <SamalogPoints thousandths={points} /> punten.
        </p>
      ))}
      <p className="skater-note">Alleen tijden uit uitslagen op deze site: een ouder record kan ontbreken.</p>
    </>
  );
}

/** "500 meter, 1500 meter, 3000 meter en 5000 meter". */
function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
