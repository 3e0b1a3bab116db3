import { formatPoints, pointsValue } from '@/lib/skating/samalog';

/** Samalog points as a reader reads them ("34,186") with the machine-readable value beside (34.186). */
export function SamalogPoints({ thousandths }: { thousandths: number }) {
  return <data value={pointsValue(thousandths)}>{formatPoints(thousandths)}</data>;
}
