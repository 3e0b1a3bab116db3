import { formatGap, formatRaceTime, parseGap, parseRaceTime, timeDifference } from '@/lib/race-time';

describe('parseRaceTime', () => {
  it.each([
    ['36.09', { ms: 36_090, decimals: 2 }],
    ['9.99', { ms: 9_990, decimals: 2 }],
    ['1:06.41', { ms: 66_410, decimals: 2 }],
    ['1:54.123', { ms: 114_123, decimals: 3 }],
    ['12:30.74', { ms: 750_740, decimals: 2 }],
    ['2:03:45.12', { ms: 7_425_120, decimals: 2 }],
    [' 36.09 ', { ms: 36_090, decimals: 2 }],
  ])('reads %j', (text, expected) => {
    expect(parseRaceTime(text)).toEqual(expected);
  });

  it.each([
    '36,09',
    '36',
    '36.1',
    '36.1234',
    '1:6.41',
    '1:60.00',
    '2:60:00.00',
    '2:5:00.00',
    'DQ',
    '',
    'abc',
    '-36.09',
  ])('refuses %j', (text) => {
    expect(parseRaceTime(text)).toBeUndefined();
  });
});

describe('parseGap', () => {
  it.each([
    ['+1.26', 1_260],
    ['0.27', 270],
    ['+1:02.33', 62_330],
  ])('reads %j', (text, ms) => {
    expect(parseGap(text)?.ms).toBe(ms);
  });

  it('refuses a gap that is not a time', () => {
    expect(parseGap('+1,26')).toBeUndefined();
  });
});

describe('formatRaceTime writes times the Dutch way', () => {
  it.each([
    [{ ms: 36_090, decimals: 2 as const }, '36,09'],
    [{ ms: 9_990, decimals: 2 as const }, '9,99'],
    [{ ms: 66_410, decimals: 2 as const }, '1.06,41'],
    [{ ms: 60_050, decimals: 2 as const }, '1.00,05'],
    [{ ms: 114_123, decimals: 3 as const }, '1.54,123'],
    [{ ms: 7_425_120, decimals: 2 as const }, '2.03.45,12'],
  ])('%j as %s', (time, expected) => {
    expect(formatRaceTime(time)).toBe(expected);
  });
});

describe('gaps', () => {
  it.each([
    ['37.35', '36.09', '+1,26'],
    ['36.57', '36.09', '+0,48'],
    ['1:07.01', '1:06.41', '+0,60'],
    ['1:54.123', '1:53.90', '+0,223'],
    ['2:01.00', '1:58.50', '+2,50'],
  ])('%s behind %s is %s', (time, winner, expected) => {
    const gap = timeDifference(parseRaceTime(time)!, parseRaceTime(winner)!);
    expect(formatGap(gap)).toBe(expected);
  });
});
