// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { DayRange } from '@/components/competition/DayRange';

describe('DayRange', () => {
  it.each([
    ['days of one month', '2025-11-14', '2025-11-16', '14 t/m 16 november 2025'],
    ['one day', '2025-12-27', '2025-12-27', '27 december 2025'],
    ['days across two months', '2025-11-30', '2025-12-02', '30 november t/m 2 december 2025'],
    ['days across two years', '2025-12-30', '2026-01-02', '30 december 2025 t/m 2 januari 2026'],
  ])('writes %s the Dutch way', (_case, start, end, text) => {
    const { container } = render(<DayRange start={start} end={end} />);

    expect(container).toHaveTextContent(new RegExp(`^${text.replace('/', '\\/')}$`));
  });

  it('marks each day up as a machine-readable <time>, and says what t/m stands for', () => {
    const { container } = render(<DayRange start="2025-11-14" end="2025-11-16" />);

    const times = [...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2025-11-14', '2025-11-16']);
    expect(screen.getByTitle('tot en met')).toHaveTextContent('t/m');
  });

  it('marks a one-day competition up as one <time>', () => {
    const { container } = render(<DayRange start="2025-12-27" end="2025-12-27" />);

    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-12-27',
    ]);
  });
});
