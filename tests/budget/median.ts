/**
 * The median of repeated measurements (Lighthouse scores, build times): one slow or fast run
 * on a noisy machine does not move it. An even count gives the mean of the middle two; a
 * missing measurement (NaN) is refused, not sorted somewhere.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  // NaN has no place in a sort: one missing measurement among good ones could land anywhere.
  if (!values.every(Number.isFinite))
    throw new Error(`median of values that are not all numbers: ${values.join(', ')}`);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
