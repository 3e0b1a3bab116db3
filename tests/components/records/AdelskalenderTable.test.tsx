// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { AdelskalenderTable } from '@/components/records/AdelskalenderTable';
import { adelskalenderData, adelskalenderPageData } from '@/lib/record-pages';
import { race, row } from '../../lib/skating/support/races';
import { cellAt } from '../support/dom';
import { realModel } from './support';

/** Two women with all four distances, Beune's 1.42,56 on the 1500 m worth 34,186 points. */
function women() {
  const distance = (metres: '500' | '1500' | '3000' | '5000', beune: string, groenewoud: string) =>
    race({
      distance: metres,
      date: '2025-12-27',
      rows: [row({ name: 'Joy Beune', time: beune }), row({ name: 'Marijke Groenewoud', time: groenewoud })],
    });
  const races = [
    distance('500', '38.00', '37.50'),
    distance('1500', '1:42.56', '1:55.00'),
    distance('3000', '4:00.00', '4:01.00'),
    distance('5000', '6:50.00', '6:45.00'),
  ];
  const category = adelskalenderData(races, () => 'NED').categories[0];
  if (!category) throw new Error('the women come first');
  return category;
}

describe('AdelskalenderTable with skaters', () => {
  beforeEach(() => {
    render(<AdelskalenderTable category={women()} />);
  });

  it('names its table and heads the four distances', () => {
    const table = screen.getByRole('table', { name: /Adelskalender vrouwen/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Plaats', 'Schaatser', 'Land', '500 m', '1500 m', '3000 m', '5000 m', 'Punten']);
  });

  it('lists the lowest total first, each time with its points', () => {
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((line) => within(line).getByRole('rowheader').textContent)).toEqual([
      'Joy Beune',
      'Marijke Groenewoud',
    ]);
    expect(cellAt(/^1 Joy Beune/, 'Plaats')).toHaveTextContent('1');
    expect(cellAt(/^1 Joy Beune/, '1500 m')).toHaveTextContent('1.42,56');
    expect(cellAt(/^1 Joy Beune/, '1500 m')).toHaveTextContent('34,186');
    expect(cellAt(/^1 Joy Beune/, 'Punten')).toHaveTextContent('153,186');
    expect(cellAt(/^2 Marijke Groenewoud/, 'Punten')).toHaveTextContent('156,499');
    expect(within(cellAt(/^1 Joy Beune/, 'Land')).getByText('NED')).toBeInTheDocument();
  });

  it("links the skater to her page and each time to the race's article", () => {
    expect(screen.getByRole('link', { name: 'Joy Beune' })).toHaveAttribute('href', '/schaatsers/joy-beune/');
    expect(within(cellAt(/^1 Joy Beune/, '1500 m')).getByRole('link')).toHaveAttribute(
      'href',
      '/nieuws/uitslag-2025-12-27/',
    );
  });
});

describe('AdelskalenderTable without skaters', () => {
  it('says that no skater has all four distances yet, as on the real content', () => {
    const [vrouwen, mannen] = adelskalenderPageData(realModel()).categories;
    render(
      <>
        <AdelskalenderTable category={vrouwen!} />
        <AdelskalenderTable category={mannen!} />
      </>,
    );

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByText('Nog geen schaatsers met alle vier afstanden.')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Vrouwen',
      'Mannen',
    ]);
  });
});
