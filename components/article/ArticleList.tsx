import type { ArticleTeaser } from '@/lib/page-data';
import { ArticleCard } from './ArticleCard';

type Props = {
  articles: ArticleTeaser[];
  headingLevel?: 2 | 3;
  emptyText?: string;
  /** Each article's photo, small, beside it (the front page). */
  thumbnails?: boolean;
};

/** A list of article cards, newest first as given. */
export function ArticleList({ articles, headingLevel, emptyText = 'Nog geen artikelen.', thumbnails = false }: Props) {
  if (articles.length === 0) return <p>{emptyText}</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} thumbnail={thumbnails} />
        </li>
      ))}
    </ol>
  );
}
