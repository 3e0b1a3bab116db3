import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([81.0, 57.2, 66.9])).toBe(66.9);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([60, 70, 100, 10])).toBe(65);
  });

  it('is not moved by one outlier', () => {
    expect(median([100, 100, 0])).toBe(100);
  });

  it('refuses an empty list instead of inventing a value', () => {
    expect(() => median([])).toThrow('median of no values');
  });

  it('refuses a missing measurement rather than sorting it somewhere', () => {
    expect(() => median([0, Number.NaN, 0])).toThrow('median of values that are not all numbers: 0, NaN, 0');
  });
});
