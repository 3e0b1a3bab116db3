// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { RecordsOverview } from '@/components/records/RecordsOverview';
import { recordsPageData } from '@/lib/record-pages';
import { realModel } from './support';

describe('RecordsOverview on the real content', () => {
  beforeEach(() => {
    render(<RecordsOverview records={recordsPageData(realModel())} />);
  });

  it('heads each list: world, Dutch and track records, the venue under them', () => {
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Wereldrecords',
      'Nederlandse records',
      'Baanrecords',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Utah Olympic Oval' })).toBeInTheDocument();
  });

  it("shows Kok's world record with the distance, her page, the race's article, the competition and the day", () => {
    const table = screen.getByRole('table', { name: 'Wereldrecords per afstand' });
    const record = within(table).getByRole('row', { name: /^500 meter vrouwen/ });

    expect(within(record).getByRole('link', { name: 'Femke Kok' })).toHaveAttribute('href', '/schaatsers/femke-kok/');
    expect(within(record).getByText('NED')).toBeInTheDocument();
    expect(within(record).getByRole('link', { name: /500 meter vrouwen, tweede race/ })).toHaveAttribute(
      'href',
      '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/',
    );
    expect(within(record).getByRole('link', { name: 'Wereldbeker Salt Lake City' })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
    expect(within(record).getByText('zondag 16 november 2025')).toHaveAttribute('datetime', '2025-11-16');
    expect(within(record).getByText('36,09')).toBeInTheDocument();
  });

  it('lists the track record in a table of its venue', () => {
    const table = screen.getByRole('table', { name: 'Baanrecords Utah Olympic Oval' });
    expect(within(table).getByRole('row', { name: /^500 meter vrouwen/ })).toHaveTextContent('36,09');
  });
});

describe('RecordsOverview without records', () => {
  it('says so in Dutch, list by list', () => {
    render(<RecordsOverview records={{ world: [], national: [], venues: [] }} />);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Nog geen wereldrecords in de uitslagen op deze site.')).toBeInTheDocument();
    expect(screen.getByText('Nog geen Nederlandse records in de uitslagen op deze site.')).toBeInTheDocument();
  });
});
