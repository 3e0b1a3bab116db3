import { formatPoints, pointsValue, samalogPoints, sumPoints } from '@/lib/skating/samalog';
import { time } from './support/races';

describe('samalogPoints', () => {
  it('gives 1.42,56 on the 1500 m 34,186 points: cut off, where rounding would give 34,187', () => {
    const points = samalogPoints(time('1:42.56'), '1500');

    expect(points).toBe(34_186);
    expect(formatPoints(points)).toBe('34,186');
  });

  it.each([
    ['36.09', '500', '36,090'],
    ['1:11.61', '1000', '35,805'],
    ['3:52.02', '3000', '38,670'],
    // 6.01,26 over 10: 36,126 exactly; 12.30,07 over 20: 37,5035 is cut to 37,503.
    ['6:01.26', '5000', '36,126'],
    ['12:30.07', '10000', '37,503'],
    // 1.53,29 / 3 = 37,7633…: rounding would agree here, cutting must too.
    ['1:53.29', '1500', '37,763'],
  ] as const)('gives %s on the %s m %s points', (written, distance, expected) => {
    expect(formatPoints(samalogPoints(time(written), distance))).toBe(expected);
  });

  it('cuts off without float error: 1.42,60 on the 1500 m is 34,200, not 34,199', () => {
    // In floating point 102.6 / 3 × 1000 is 34199.99…, which a cut would turn into 34,199.
    expect(Math.floor((102.6 / 3) * 1000)).toBe(34_199);
    expect(samalogPoints(time('1:42.60'), '1500')).toBe(34_200);
  });
});

describe('points arithmetic', () => {
  it('sums the cut points of each distance', () => {
    // 34,1866… twice: the cut parts add up to 68,372, where cutting the sum would give 68,373.
    const parts = [samalogPoints(time('1:42.56'), '1500'), samalogPoints(time('1:42.56'), '1500')];

    expect(sumPoints(parts)).toBe(68_372);
    expect(formatPoints(sumPoints(parts))).toBe('68,372');
  });

  it('writes points for machines with a decimal point', () => {
    expect(pointsValue(34_186)).toBe('34.186');
    expect(pointsValue(36_090)).toBe('36.090');
  });

  it('refuses a fraction of a thousandth', () => {
    expect(() => formatPoints(34_186.5)).toThrow(RangeError);
  });
});
