// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { AthleteResults } from '@/components/athlete/AthleteResults';
import { cellAt } from '../support/dom';
import {
  athleteRef,
  makeArticle,
  makeAthleteResult,
  makeCompetition,
  makeResults,
  makeRow,
} from '../support/factories';

const competition = makeCompetition({ slug: 'wereldbeker-salt-lake-city-2025', name: 'Wereldbeker Salt Lake City' });
const article = makeArticle({ slug: 'leerdam-en-blondin-botsen', event: competition });

/** Jutta Leerdam tenth on the 500 m, and fifth with the team in the pursuit. */
const sprint = makeAthleteResult({
  article,
  competition,
  block: makeResults({ title: '500 meter vrouwen, tweede race' }),
});
const pursuit = makeAthleteResult({
  article,
  competition,
  block: makeResults({ title: 'Ploegenachtervolging vrouwen' }),
  row: makeRow({
    name: 'Nederland',
    position: 5,
    members: [{ name: 'Jutta Leerdam', athlete: athleteRef('jutta-leerdam', 'Jutta Leerdam') }, { name: 'Joy Beune' }],
  }),
  asTeamMember: true,
});

describe('AthleteResults', () => {
  it("names the table after the skater's results", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(screen.getByRole('table', { name: 'Uitslagen van Jutta Leerdam' })).toBeInTheDocument();
  });

  it('shows one row per result, in the order given', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint, pursuit]} />);

    const [first, second] = screen.getAllByRole('rowheader');
    expect(first).toHaveTextContent(/^500 meter vrouwen, tweede race/);
    expect(second).toHaveTextContent(/^Ploegenachtervolging vrouwen met Nederland/);
  });

  it('gives every row a cell under each column header', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    const [header, row] = within(screen.getByRole('table')).getAllByRole('row');
    const cellsIn = (tableRow: HTMLElement | undefined) => [...(tableRow?.children ?? [])].map((cell) => cell.tagName);
    expect(cellsIn(row)).toHaveLength(cellsIn(header).length);
  });

  it('links each race to the article its table stands in', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(screen.getByRole('link', { name: '500 meter vrouwen, tweede race' })).toHaveAttribute(
      'href',
      '/nieuws/leerdam-en-blondin-botsen/',
    );
  });

  it("links the competition to the competition's page", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(screen.getByRole('link', { name: 'Wereldbeker Salt Lake City' })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
  });

  it("shows the day of the article's publication in Dutch", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(screen.getByText('maandag 17 november 2025')).toHaveAttribute('datetime', '2025-11-17');
  });

  it("shows the race's own day, where the table says it, instead of the article's", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[{ ...sprint, day: '2025-11-16' }]} />);

    expect(within(screen.getByRole('rowheader')).getByText('zondag 16 november 2025')).toHaveAttribute(
      'datetime',
      '2025-11-16',
    );
    expect(screen.queryByText('maandag 17 november 2025')).not.toBeInTheDocument();
  });

  it('takes another caption where the page gives one', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} caption="Overige uitslagen van Jutta Leerdam" />);

    expect(screen.getByRole('table', { name: 'Overige uitslagen van Jutta Leerdam' })).toBeInTheDocument();
  });

  it('shows the place under "Plaats"', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(cellAt(/500 meter/, 'Plaats')).toHaveTextContent(/^10$/);
  });

  it('shows the time in Dutch under "Tijd"', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(cellAt(/500 meter/, 'Tijd')).toHaveTextContent(/^37,35$/);
  });

  it("says which team the skater rode with when the row is the team's", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[pursuit]} />);

    expect(screen.getByRole('rowheader')).toHaveTextContent(/^Ploegenachtervolging vrouwen met Nederland/);
  });

  it('names the competition and the day under the race, the competition linked', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    const race = screen.getByRole('rowheader');
    expect(within(race).getByRole('link', { name: competition.name })).toHaveAttribute(
      'href',
      `/wedstrijden/${competition.slug}/`,
    );
    expect(within(race).getByText('maandag 17 november 2025')).toBeInTheDocument();
  });

  it("adds no team to the skater's own row", () => {
    render(<AthleteResults name="Jutta Leerdam" results={[sprint]} />);

    expect(screen.queryByText(/ met /)).not.toBeInTheDocument();
  });

  it('shows a status in Dutch where there is no place', () => {
    const disqualified = makeAthleteResult({ row: makeRow({ name: 'Jutta Leerdam', status: 'DQ' }) });

    render(<AthleteResults name="Jutta Leerdam" results={[disqualified]} />);

    expect(screen.getByText('gediskwalificeerd')).toBeInTheDocument();
  });

  it('shows a status as the article tables do: the code under "Tijd", read out in full', () => {
    const disqualified = makeAthleteResult({ row: makeRow({ name: 'Jutta Leerdam', status: 'DNF' }) });

    render(<AthleteResults name="Jutta Leerdam" results={[disqualified]} />);

    const time = cellAt(/500 meter/, 'Tijd');
    expect(within(time).getByText('DNF')).toHaveAttribute('aria-hidden', 'true');
    expect(within(time).getByText('niet gefinisht')).toBeInTheDocument();
    expect(cellAt(/500 meter/, 'Plaats')).toBeEmptyDOMElement();
  });

  it('shows each record as a badge read out in full', () => {
    const records = makeAthleteResult({ row: makeRow({ name: 'Jutta Leerdam', position: 1, records: ['BR', 'PR'] }) });

    render(<AthleteResults name="Jutta Leerdam" results={[records]} />);

    const row = screen.getAllByRole('row')[1];
    if (!row) throw new Error('no result row');
    expect(within(row).getByText('baanrecord')).toBeInTheDocument();
    expect(within(row).getByText('persoonlijk record')).toBeInTheDocument();
    expect(within(row).getByText('BR')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says there are no results yet, by name, when there are none', () => {
    render(<AthleteResults name="Jutta Leerdam" results={[]} />);

    expect(screen.getByText('Nog geen uitslagen van Jutta Leerdam.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
