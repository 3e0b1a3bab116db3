// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { RelatedArticles } from '@/components/article/RelatedArticles';
import { makeArticle } from '../support/factories';

const related = [
  makeArticle({ slug: 'kok-wereldrecord', title: 'Kok rijdt wereldrecord' }),
  makeArticle({ slug: 'canada-tweede', title: 'Canada tweede op de ploegenachtervolging' }),
];

describe('RelatedArticles', () => {
  it('heads the section "Meer hierover"', () => {
    render(<RelatedArticles articles={related} />);

    expect(screen.getByRole('region', { name: 'Meer hierover' })).toContainElement(
      screen.getByRole('heading', { level: 2, name: 'Meer hierover' }),
    );
  });

  it('lists the articles in the order given, each as a level-3 heading under the section heading', () => {
    render(<RelatedArticles articles={related} />);

    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Kok rijdt wereldrecord',
      'Canada tweede op de ploegenachtervolging',
    ]);
  });

  it('links each article to its page', () => {
    render(<RelatedArticles articles={related} />);

    expect(screen.getByRole('link', { name: 'Kok rijdt wereldrecord' })).toHaveAttribute(
      'href',
      '/nieuws/kok-wereldrecord/',
    );
  });

  it('shows nothing when no article is related', () => {
    const { container } = render(<RelatedArticles articles={[]} />);

    expect(container).toBeEmptyDOMElement();
  });
});
