import type { MetricDistance } from './times';
import type { RaceTime } from '../types';

/**
 * Samalog points of a time, in thousandths of a point: the time in seconds divided by the
 * distance over 500 m, cut off (not rounded) after three decimals. In integers, so that no
 * float error can move a cut: 1.42,56 on the 1500 m is 102560 × 500 / 1500 = 34186,67 → 34186.
 */
export function samalogPoints(time: RaceTime, distance: MetricDistance): number {
  return Math.floor((time.ms * 500) / Number(distance));
}

/** The sum of several points, still in thousandths: summing the cut points is how the ranking adds them up. */
export function sumPoints(points: readonly number[]): number {
  return points.reduce((sum, value) => sum + value, 0);
}

/** Points the Dutch way, with a decimal comma: `34,186`, `146,123`. Throws a RangeError for a negative or fractional number. */
export function formatPoints(thousandths: number): string {
  if (!Number.isInteger(thousandths) || thousandths < 0) {
    throw new RangeError(`expected whole thousandths of a point, got ${thousandths}`);
  }
  return `${Math.floor(thousandths / 1000)},${String(thousandths % 1000).padStart(3, '0')}`;
}

/** Points for `<data value>` and machines: `34.186`. */
export function pointsValue(thousandths: number): string {
  return (thousandths / 1000).toFixed(3);
}
