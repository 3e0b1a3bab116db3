// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { LeadStory } from '@/components/home/LeadStory';
import { makeArticle } from '../support/factories';

describe('LeadStory', () => {
  it("shows the title as a level-2 heading linking to the article's page", () => {
    render(<LeadStory article={makeArticle({ slug: 'kok-wereldrecord', title: 'Kok rijdt wereldrecord' })} />);

    const heading = screen.getByRole('heading', { level: 2, name: 'Kok rijdt wereldrecord' });
    expect(screen.getByRole('link', { name: 'Kok rijdt wereldrecord' })).toHaveAttribute(
      'href',
      '/nieuws/kok-wereldrecord/',
    );
    expect(heading).toContainElement(screen.getByRole('link'));
  });

  it('shows the summary', () => {
    render(<LeadStory article={makeArticle({ summary: 'In Salt Lake City ging het hard.' })} />);

    expect(screen.getByText('In Salt Lake City ging het hard.')).toBeInTheDocument();
  });

  it('shows the category in Dutch', () => {
    render(<LeadStory article={makeArticle({ category: 'uitslagen' })} />);

    expect(screen.getByText('Uitslagen')).toBeInTheDocument();
  });

  it('shows the publication date and time in Dutch', () => {
    render(<LeadStory article={makeArticle({ date: new Date('2025-11-17T07:30:00Z') })} />);

    expect(screen.getByText('maandag 17 november 2025, 08:30')).toHaveAttribute(
      'datetime',
      '2025-11-17T08:30:00+01:00',
    );
  });

  it('shows only the day for an article dated with a bare day', () => {
    render(<LeadStory article={makeArticle({ date: new Date('2025-11-16T23:00:00Z'), datePrecision: 'day' })} />);

    expect(screen.getByText('maandag 17 november 2025')).toHaveAttribute('datetime', '2025-11-17');
  });

  it('marks a draft or scheduled lead story as such, as the preview shows it', () => {
    const { rerender } = render(<LeadStory article={makeArticle({ category: 'nieuws', status: 'draft' })} />);
    expect(screen.getByText(/Nieuws · concept/)).toBeInTheDocument();

    rerender(<LeadStory article={makeArticle({ category: 'nieuws', status: 'scheduled' })} />);
    expect(screen.getByText(/Nieuws · gepland/)).toBeInTheDocument();
  });
});
