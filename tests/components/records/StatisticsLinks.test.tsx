// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { StatisticsLinks } from '@/components/records/StatisticsLinks';
import { StatisticsNote } from '@/components/records/StatisticsNote';

describe('StatisticsLinks', () => {
  it('leads from the skaters to the records, the season lists and the Adelskalender', () => {
    render(<StatisticsLinks />);
    const nav = screen.getByRole('navigation', { name: 'Records en ranglijsten' });

    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Records', '/records/'],
      ['Seizoenslijsten', '/seizoen/'],
      ['Adelskalender', '/adelskalender/'],
    ]);
  });
});

describe('StatisticsNote', () => {
  it('says the figures are only as complete as the results on the site, not an official list', () => {
    render(<StatisticsNote />);
    expect(screen.getByText(/zo volledig als de uitslagen die op deze site zijn gepubliceerd/)).toHaveTextContent(
      'geen officiële lijst van de ISU',
    );
  });
});
