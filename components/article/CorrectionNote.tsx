import { useId } from 'react';
import type { Correction } from '@/lib/types';
import { PublishedTime } from './PublishedTime';

type Props = { corrections: Correction[] };

/** The visible "Rectificatie" box: every correction of an article with its date. */
export function CorrectionNote({ corrections }: Props) {
  const headingId = useId();
  if (corrections.length === 0) return null;
  return (
    <aside className="correction-note" aria-labelledby={headingId}>
      <h2 id={headingId}>Rectificatie</h2>
      <ul>
        {corrections.map((correction, index) => (
          <li key={index}>
            <PublishedTime date={correction.date} />: {correction.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
