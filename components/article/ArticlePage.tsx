import type { Article } from '@/lib/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { CorrectionNote } from './CorrectionNote';

type Props = { article: Article };

/** A whole article: header, correction note, body. */
export function ArticlePage({ article }: Props) {
  return (
    <article className="article">
      <ArticleHeader article={article} />
      <CorrectionNote corrections={article.corrections} />
      <ArticleBody blocks={article.body} />
    </article>
  );
}
