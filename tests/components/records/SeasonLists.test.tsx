// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { SeasonIndex } from '@/components/records/SeasonIndex';
import { SeasonLists } from '@/components/records/SeasonLists';
import { seasonPageData } from '@/lib/page-data';
import { seasonIndex } from '@/lib/record-pages';
import { realModel } from './support';

describe('SeasonLists of 2025/2026 on the real content', () => {
  beforeEach(() => {
    const data = seasonPageData(realModel(), '2025-2026');
    if (!data) throw new Error('the real content has races of 2025/2026');
    render(<SeasonLists data={data} />);
  });

  it('heads the list by its distance and names its table by the season', () => {
    expect(screen.getByRole('heading', { level: 2, name: '500 meter vrouwen' })).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Seizoensbeste tijden 500 meter vrouwen, 2025/2026' }),
    ).toBeInTheDocument();
  });

  it('places equal times together, each skater with her race and day', () => {
    const table = screen.getByRole('table');
    const boersma = within(table).getByRole('row', { name: /Anna Boersma/ });
    const fledderus = within(table).getByRole('row', { name: /Marrit Fledderus/ });

    expect(within(boersma).getAllByRole('cell')[0]).toHaveTextContent('4');
    expect(within(fledderus).getAllByRole('cell')[0]).toHaveTextContent('4');
    expect(within(fledderus).getByText('37,11')).toBeInTheDocument();
    expect(within(fledderus).getByText('zondag 16 november 2025')).toBeInTheDocument();
    expect(within(fledderus).getByRole('link', { name: 'Marrit Fledderus' })).toHaveAttribute(
      'href',
      '/schaatsers/marrit-fledderus/',
    );
  });
});

describe('SeasonLists with a skater the site has no page of', () => {
  it('names her without a link, with her country and race', () => {
    const data = seasonPageData(realModel(), '2025-2026')!;
    const [list] = data.lists;
    const unlinked = { ...list!.entries[2]!, name: 'Kim Min-sun', country: 'KOR' };
    delete unlinked.athlete;
    render(<SeasonLists data={{ ...data, lists: [{ ...list!, entries: [unlinked] }] }} />);

    const row = screen.getByRole('row', { name: /Kim Min-sun/ });
    expect(within(row).queryByRole('link', { name: 'Kim Min-sun' })).not.toBeInTheDocument();
    expect(within(row).getByText('KOR')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Wereldbeker Salt Lake City' })).toBeInTheDocument();
  });
});

describe('SeasonLists of a season without times', () => {
  it('says so in Dutch', () => {
    render(<SeasonLists data={{ season: { slug: '2024-2025', label: '2024/2025' }, lists: [] }} />);
    expect(screen.getByText('Nog geen tijden van seizoen 2024/2025 op deze site.')).toBeInTheDocument();
  });
});

describe('SeasonIndex', () => {
  it('links each season with races to its lists', () => {
    render(<SeasonIndex seasons={seasonIndex(realModel().races)} />);
    expect(screen.getByRole('link', { name: 'Seizoen 2025/2026' })).toHaveAttribute('href', '/seizoen/2025-2026/');
    expect(screen.getByText('(2 races)')).toBeInTheDocument();
  });
});
