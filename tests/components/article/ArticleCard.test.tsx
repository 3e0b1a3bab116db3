// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ArticleCard } from '@/components/article/ArticleCard';
import { makeArticle } from '../support/factories';

describe('ArticleCard', () => {
  it("links the title to the article's page", () => {
    render(<ArticleCard article={makeArticle({ slug: 'kok-wereldrecord', title: 'Kok rijdt wereldrecord' })} />);

    expect(screen.getByRole('link', { name: 'Kok rijdt wereldrecord' })).toHaveAttribute(
      'href',
      '/nieuws/kok-wereldrecord/',
    );
  });

  it('shows the title as a level-2 heading by default', () => {
    render(<ArticleCard article={makeArticle({ title: 'Kok rijdt wereldrecord' })} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Kok rijdt wereldrecord' })).toBeInTheDocument();
  });

  it('shows the title as a level-3 heading when asked', () => {
    render(<ArticleCard article={makeArticle({ title: 'Kok rijdt wereldrecord' })} headingLevel={3} />);

    expect(screen.getByRole('heading', { level: 3, name: 'Kok rijdt wereldrecord' })).toBeInTheDocument();
  });

  it('shows the summary', () => {
    render(<ArticleCard article={makeArticle({ summary: 'In Salt Lake City ging het hard.' })} />);

    expect(screen.getByText('In Salt Lake City ging het hard.')).toBeInTheDocument();
  });

  it('shows the category in Dutch', () => {
    render(<ArticleCard article={makeArticle({ category: 'achtergrond' })} />);

    expect(screen.getByText('Achtergrond')).toBeInTheDocument();
  });

  it('shows the publication date and time in Dutch', () => {
    render(<ArticleCard article={makeArticle({ date: new Date('2025-11-17T07:30:00Z') })} />);

    expect(screen.getByText('maandag 17 november 2025, 08:30')).toHaveAttribute(
      'datetime',
      '2025-11-17T08:30:00+01:00',
    );
  });

  it('shows only the day for an article dated with a bare day', () => {
    render(<ArticleCard article={makeArticle({ date: new Date('2025-11-16T23:00:00Z'), datePrecision: 'day' })} />);

    expect(screen.getByText('maandag 17 november 2025')).toBeInTheDocument();
  });
});
