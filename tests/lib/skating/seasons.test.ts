import { ageOn, seasonFromSlug, seasonOf, seasonSlug, seasonStartingIn } from '@/lib/skating/seasons';

describe('seasons', () => {
  it.each([
    ['2025-06-30', '2024/2025'],
    ['2025-07-01', '2025/2026'],
    ['2025-11-16', '2025/2026'],
    ['2026-01-01', '2025/2026'],
  ])('puts %s in season %s (July to June)', (day, label) => {
    expect(seasonOf(day).label).toBe(label);
  });

  it('names a season in an address with a hyphen, and reads that name back', () => {
    const season = seasonOf('2025-11-16');

    expect(seasonSlug(season)).toBe('2025-2026');
    expect(seasonFromSlug('2025-2026')).toEqual(season);
  });

  it.each(['2025-2027', '2025/2026', '25-26', '2025-2026x'])('reads no season from %s', (slug) => {
    expect(seasonFromSlug(slug)).toBeUndefined();
  });

  it('gives a season by the year it starts in, from 1 July to 30 June', () => {
    expect(seasonStartingIn(2024)).toMatchObject({ firstDay: '2024-07-01', lastDay: '2025-06-30', label: '2024/2025' });
  });
});

describe('ageOn', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageOn('2000-11-16', '2025-11-15')).toBe(24);
    expect(ageOn('2000-11-16', '2025-11-16')).toBe(25);
  });

  it('lets someone born on 29 February turn older after 28 February in other years', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
  });

  it('throws a RangeError for a day that is not YYYY-MM-DD', () => {
    expect(() => ageOn('16-11-2000', '2025-11-16')).toThrow(RangeError);
  });
});
