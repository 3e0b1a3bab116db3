// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { DayRange } from '@/components/competition/DayRange';

describe('DayRange', () => {
  it('writes the first and last day in Dutch', () => {
    const { container } = render(<DayRange start="2025-11-14" end="2025-11-16" />);

    expect(container).toHaveTextContent(/^vrijdag 14 november 2025 tot en met zondag 16 november 2025$/);
  });

  it('writes a one-day competition as one day', () => {
    const { container } = render(<DayRange start="2025-12-27" end="2025-12-27" />);

    expect(container).toHaveTextContent(/^zaterdag 27 december 2025$/);
  });

  it('marks each day up as a machine-readable <time>', () => {
    const { container } = render(<DayRange start="2025-11-14" end="2025-11-16" />);

    const times = [...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2025-11-14', '2025-11-16']);
  });
});
