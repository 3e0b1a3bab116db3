// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ProgressionChart } from '@/components/athlete/ProgressionChart';
import { progression } from '@/lib/skating/bests';
import { firstSaltLake500, race, row, secondSaltLake500 } from '../../lib/skating/support/races';

const races = [
  firstSaltLake500(),
  secondSaltLake500(),
  race({ distance: '500', date: '2025-12-06', rows: [row({ name: 'Femke Kok', time: '36.50' })] }),
];
const points = progression(races, 'femke-kok', '500', 'vrouwen');

describe('ProgressionChart', () => {
  it('is one image named in Dutch after the skater, the distance, the races and the personal best', () => {
    render(<ProgressionChart name="Femke Kok" distance="500" points={points} />);

    expect(
      screen.getByRole('img', {
        name: 'Tijden van Femke Kok op de 500 meter: 3 races van 15 november 2025 tot en met 6 december 2025. Persoonlijk record 36,09 op 16 november 2025.',
      }),
    ).toBeInTheDocument();
  });

  it('carries the same text as its SVG title, for browsers that show it', () => {
    const { container } = render(<ProgressionChart name="Femke Kok" distance="500" points={points} />);

    expect(container.querySelector('svg > title')).toHaveTextContent(/^Tijden van Femke Kok op de 500 meter/);
  });

  it('marks the personal best, and draws one dot per race', () => {
    const { container } = render(<ProgressionChart name="Femke Kok" distance="500" points={points} />);

    expect(screen.getByText('PR 36,09')).toBeInTheDocument();
    // Three dots and the ring around the best.
    expect(container.querySelectorAll('circle')).toHaveLength(4);
  });

  it('scales to the width of its column, down to a 320 px phone', () => {
    render(<ProgressionChart name="Femke Kok" distance="500" points={points} />);

    const svg = screen.getByRole('img');
    expect(svg).toHaveAttribute('viewBox', '0 0 320 160');
    expect(svg).toHaveAttribute('width', '100%');
  });

  it('puts the faster time higher', () => {
    const { container } = render(<ProgressionChart name="Femke Kok" distance="500" points={points} />);

    const [saturday, sunday] = [...container.querySelectorAll('circle')].map((circle) =>
      Number(circle.getAttribute('cy')),
    );
    expect(sunday).toBeLessThan(saturday!);
  });

  it('says "1 race" and one day for a single time', () => {
    render(<ProgressionChart name="Femke Kok" distance="500" points={points.slice(0, 1)} />);

    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Tijden van Femke Kok op de 500 meter: 1 race op 15 november 2025. Persoonlijk record 36,48 op 15 november 2025.',
    );
  });

  it('draws nothing without times', () => {
    const { container } = render(<ProgressionChart name="Femke Kok" distance="500" points={[]} />);

    expect(container).toBeEmptyDOMElement();
  });
});
