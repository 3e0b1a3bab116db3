import { distanceLabel } from '@/lib/labels';
import type { SkaterProgression } from '@/lib/page-data';
import { ProgressionChart } from './ProgressionChart';

type Props = { name: string; progressions: SkaterProgression[] };

/** One chart per distance the skater has two times or more on, drawn at build time. */
export function Progressions({ name, progressions }: Props) {
  const bothCategories = new Set(progressions.map((entry) => entry.sex)).size > 1;
  return (
    <div className="progressions">
      {progressions.map(({ distance, sex, points }) => (
        <figure key={`${distance}/${sex}`} className="progression">
          <ProgressionChart name={name} distance={distance} points={points} />
          <figcaption>
            {distanceLabel(distance)}
            {bothCategories ? ` ${sex}` : null}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
