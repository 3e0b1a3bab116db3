import { RECORD_LABELS } from '@/lib/labels';
import type { RecordMarker } from '@/lib/types';

type Props = { marker: RecordMarker };

/** A record marker: the short code on screen, its Dutch meaning on hover and for screen readers. */
export function RecordBadge({ marker }: Props) {
  return (
    <span className="record-badge" title={RECORD_LABELS[marker]}>
      <span aria-hidden="true">{marker}</span>
      <span className="visually-hidden">{RECORD_LABELS[marker]}</span>
    </span>
  );
}
