// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { ResultsTable } from '@/components/results/ResultsTable';
import type { RaceTime, ResultStatus } from '@/lib/types';
import { cellAt } from '../support/dom';
import { athleteRef, makeResults, makeRow } from '../support/factories';

const hundredths = (ms: number): RaceTime => ({ ms, decimals: 2 });

describe('ResultsTable', () => {
  describe('caption', () => {
    it('names the table after its title', () => {
      render(<ResultsTable results={makeResults({ title: '500 meter vrouwen, tweede race' })} />);

      expect(screen.getByRole('table', { name: '500 meter vrouwen, tweede race' })).toBeInTheDocument();
    });

    it('shows the note in the caption after the title', () => {
      render(<ResultsTable results={makeResults({ title: '500 meter vrouwen', note: 'Selectie' })} />);

      const table = screen.getByRole('table', { name: /^500 meter vrouwen/ });
      const note = screen.getByText('Selectie');
      expect(note).toBeVisible();
      expect(table.querySelector('caption')).toContainElement(note);
    });

    it('keeps the note out of the table name and offers it as the description', () => {
      render(<ResultsTable results={makeResults({ title: '500 meter vrouwen', note: 'Selectie' })} />);

      expect(screen.getByRole('table', { name: '500 meter vrouwen' })).toHaveAccessibleDescription('Selectie');
    });

    it('lets keyboard users reach the sideways-scrolling wrapper, named after the table', () => {
      render(<ResultsTable results={makeResults({ title: '1000 meter mannen' })} />);

      const region = screen.getByRole('region', { name: '1000 meter mannen' });
      expect(region).toHaveAttribute('tabindex', '0');
      expect(region).toContainElement(screen.getByRole('table'));
    });
  });

  describe('column headers', () => {
    it('marks every column header as a th with scope="col"', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { position: true, country: true, time: true, gap: true, records: true },
            extraColumns: ['Baan'],
            rows: [makeRow({ position: 1, extra: ['binnen'] })],
          })}
        />,
      );

      const headers = screen.getAllByRole('columnheader');
      const named = ['Positie', 'Naam', 'Land', 'Tijd', 'Verschil', 'Record', 'Baan'].map((name) =>
        screen.getByRole('columnheader', { name }),
      );
      expect(headers).toEqual(named);
      for (const header of headers) {
        expect(header.tagName).toBe('TH');
        expect(header).toHaveAttribute('scope', 'col');
      }
    });

    it('heads the name column "Naam" for individual races', () => {
      render(<ResultsTable results={makeResults()} />);

      expect(screen.getByRole('columnheader', { name: 'Naam' })).toBeInTheDocument();
      expect(screen.queryByRole('columnheader', { name: 'Ploeg' })).not.toBeInTheDocument();
    });

    it('heads the name column "Ploeg" when the block lists team members', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { members: true },
            rows: [makeRow({ name: 'Nederland', members: [{ name: 'Femke Kok' }] })],
          })}
        />,
      );

      expect(screen.getByRole('columnheader', { name: 'Ploeg' })).toBeInTheDocument();
      expect(screen.queryByRole('columnheader', { name: 'Naam' })).not.toBeInTheDocument();
    });
  });

  describe('times and gaps', () => {
    it.each([
      [36_090, '36,09'],
      [66_410, '1.06,41'],
      [7_425_120, '2.03.45,12'],
    ])('shows a time of %i ms the Dutch way as %s', (ms, shown) => {
      render(
        <ResultsTable results={makeResults({ columns: { time: true }, rows: [makeRow({ time: hundredths(ms) })] })} />,
      );

      expect(cellAt(/Femke Kok/, 'Tijd')).toHaveTextContent(new RegExp(`^${shown}$`));
    });

    it('shows thousandths when the editor wrote them', () => {
      render(
        <ResultsTable
          results={makeResults({ columns: { time: true }, rows: [makeRow({ time: { ms: 114_123, decimals: 3 } })] })}
        />,
      );

      expect(cellAt(/Femke Kok/, 'Tijd')).toHaveTextContent(/^1\.54,123$/);
    });

    it.each([
      [1_260, '+1,26'],
      [480, '+0,48'],
      [62_330, '+1.02,33'],
    ])('shows a gap of %i ms the Dutch way as %s', (ms, shown) => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { time: true, gap: true },
            rows: [makeRow({ name: 'Miho Takagi', time: hundredths(37_350), gap: hundredths(ms) })],
          })}
        />,
      );

      expect(cellAt(/Miho Takagi/, 'Verschil')).toHaveTextContent(new RegExp(`^\\${shown}$`));
    });

    it('shows no gap for the winner', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { position: true, time: true, gap: true },
            rows: [
              makeRow({ position: 1, name: 'Femke Kok', time: hundredths(36_090) }),
              makeRow({ position: 2, name: 'Miho Takagi', time: hundredths(37_350), gap: hundredths(1_260) }),
            ],
          })}
        />,
      );

      expect(cellAt(/Femke Kok/, 'Verschil')).toBeEmptyDOMElement();
      expect(cellAt(/Miho Takagi/, 'Verschil')).toHaveTextContent('+1,26');
    });
  });

  describe('record badges', () => {
    const withWorldRecord = () =>
      makeResults({
        columns: { time: true, records: true },
        rows: [makeRow({ time: hundredths(36_090), records: ['WR'] })],
      });

    it('shows the short code on screen', () => {
      render(<ResultsTable results={withWorldRecord()} />);

      expect(within(cellAt(/Femke Kok/, 'Record')).getByText('WR')).toBeVisible();
    });

    it('gives screen readers the Dutch meaning instead of the code', () => {
      render(<ResultsTable results={withWorldRecord()} />);

      expect(screen.getByRole('cell', { name: 'wereldrecord' })).toBe(cellAt(/Femke Kok/, 'Record'));
    });

    it('shows the Dutch meaning on hover', () => {
      render(<ResultsTable results={withWorldRecord()} />);

      expect(screen.getByTitle('wereldrecord')).toHaveTextContent(/^WR/);
    });

    it('shows several markers in one row, each with its own meaning', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { records: true },
            rows: [makeRow({ records: ['WR', 'BR', 'PR'] })],
          })}
        />,
      );

      const cell = cellAt(/Femke Kok/, 'Record');
      expect(within(cell).getByTitle('wereldrecord')).toHaveTextContent(/^WR/);
      expect(within(cell).getByTitle('baanrecord')).toHaveTextContent(/^BR/);
      expect(within(cell).getByTitle('persoonlijk record')).toHaveTextContent(/^PR/);
    });

    it('leaves the record cell empty for a row without records', () => {
      render(<ResultsTable results={makeResults({ columns: { records: true }, rows: [makeRow({ records: [] })] })} />);

      expect(cellAt(/Femke Kok/, 'Record')).toBeEmptyDOMElement();
    });
  });

  describe('statuses', () => {
    it.each<[ResultStatus, string]>([
      ['DQ', 'gediskwalificeerd'],
      ['DNF', 'niet gefinisht'],
      ['DNS', 'niet gestart'],
    ])('shows %s in the time column with its meaning "%s" on hover', (status, meaning) => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { position: true, time: true },
            rows: [makeRow({ name: 'Ivanie Blondin', status })],
          })}
        />,
      );

      const cell = cellAt(/Ivanie Blondin/, 'Tijd');
      expect(within(cell).getByTitle(meaning)).toHaveTextContent(status);
      // Screen readers skip title attributes: the meaning is in the text they read.
      expect(within(cell).getByText(meaning)).toBeInTheDocument();
    });

    it('gives a status row no position', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { position: true, time: true },
            rows: [
              makeRow({ position: 1, name: 'Femke Kok', time: hundredths(36_090) }),
              makeRow({ name: 'Ivanie Blondin', status: 'DQ' }),
            ],
          })}
        />,
      );

      expect(cellAt(/Femke Kok/, 'Positie')).toHaveTextContent(/^1$/);
      expect(cellAt(/Ivanie Blondin/, 'Positie')).toBeEmptyDOMElement();
    });

    it('shows the status in the position column when the table has no time column', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { position: true },
            rows: [makeRow({ name: 'Ivanie Blondin', status: 'DNS' })],
          })}
        />,
      );

      const cell = cellAt(/Ivanie Blondin/, 'Positie');
      expect(within(cell).getByTitle('niet gestart')).toHaveTextContent('DNS');
    });
  });

  describe('names', () => {
    it("links a known skater to the skater's page", () => {
      render(
        <ResultsTable
          results={makeResults({
            rows: [makeRow({ name: 'Femke Kok', athlete: athleteRef('femke-kok', 'Femke Kok') })],
          })}
        />,
      );

      expect(screen.getByRole('link', { name: 'Femke Kok' })).toHaveAttribute('href', '/schaatsers/femke-kok/');
    });

    it('shows an unknown name as plain text', () => {
      render(<ResultsTable results={makeResults({ rows: [makeRow({ name: 'Onbekende Rijder' })] })} />);

      expect(screen.getByRole('rowheader', { name: 'Onbekende Rijder' })).toBeInTheDocument();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    });

    it('lists team members under the team name, linking the known ones', () => {
      render(
        <ResultsTable
          results={makeResults({
            columns: { members: true },
            rows: [
              makeRow({
                name: 'Nederland',
                members: [
                  { name: 'Joy Beune', athlete: athleteRef('joy-beune', 'Joy Beune') },
                  { name: 'Marijke Groenewoud' },
                ],
              }),
            ],
          })}
        />,
      );

      const team = screen.getByRole('rowheader', { name: /^Nederland/ });
      expect(team).toHaveTextContent(/^Nederland\s*Joy Beune, Marijke Groenewoud$/);
      expect(within(team).getByRole('link', { name: 'Joy Beune' })).toHaveAttribute('href', '/schaatsers/joy-beune/');
      expect(within(team).queryByRole('link', { name: 'Marijke Groenewoud' })).not.toBeInTheDocument();
      expect(within(team).queryByRole('link', { name: 'Nederland' })).not.toBeInTheDocument();
    });
  });

  describe('countries', () => {
    it('shows the country code as text together with the Dutch country name', () => {
      render(
        <ResultsTable results={makeResults({ columns: { country: true }, rows: [makeRow({ country: 'NED' })] })} />,
      );

      const cell = cellAt(/Femke Kok/, 'Land');
      expect(within(cell).getByText('NED')).toBeInTheDocument();
      expect(within(cell).getByText('Nederland')).toBeInTheDocument();
    });

    it('uses the Dutch name, not the English one', () => {
      render(
        <ResultsTable results={makeResults({ columns: { country: true }, rows: [makeRow({ country: 'USA' })] })} />,
      );

      expect(within(cellAt(/Femke Kok/, 'Land')).getByText('Verenigde Staten')).toBeInTheDocument();
    });
  });

  describe('extra columns', () => {
    it('shows an unrecognised column with its header and cells as written', () => {
      render(
        <ResultsTable
          results={makeResults({
            extraColumns: ['Baan', 'Opmerking'],
            rows: [makeRow({ extra: ['binnen', 'valpartij'] })],
          })}
        />,
      );

      expect(cellAt(/Femke Kok/, 'Baan')).toHaveTextContent(/^binnen$/);
      expect(cellAt(/Femke Kok/, 'Opmerking')).toHaveTextContent(/^valpartij$/);
    });
  });
});
