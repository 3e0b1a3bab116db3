import { RECORD_LABELS } from '@/lib/labels';
import type { RecordMarker } from '@/lib/types';
import { ShortLabel } from './ShortLabel';

type Props = {
  marker: RecordMarker;
  /** Computed from the site's own results, not written by the editor: said on hover and to screen readers. */
  computed?: boolean;
};

/**
 * A record marker: the short code on screen, its Dutch meaning on hover and for screen readers.
 * A computed marker looks the same (it means the same), but says where it comes from: the site
 * knows only the races it published, so a reader may want to know a PR is the site's reckoning.
 */
export function RecordBadge({ marker, computed = false }: Props) {
  const full = computed ? `${RECORD_LABELS[marker]}, berekend uit de uitslagen op deze site` : RECORD_LABELS[marker];
  return <ShortLabel short={marker} full={full} className="record-badge" />;
}
