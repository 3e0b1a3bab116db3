import { RECORD_LABELS } from '@/lib/labels';
import type { RecordMarker } from '@/lib/types';
import { ShortLabel } from './ShortLabel';

type Props = { marker: RecordMarker };

/** A record marker: the short code on screen, its Dutch meaning on hover and for screen readers. */
export function RecordBadge({ marker }: Props) {
  return <ShortLabel short={marker} full={RECORD_LABELS[marker]} className="record-badge" />;
}
