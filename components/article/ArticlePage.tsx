import type { Article } from '@/lib/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleImage } from './ArticleImage';
import { CorrectionNote } from './CorrectionNote';

type Props = { article: Article };

/** A whole article: header, lead image, correction note, body. */
export function ArticlePage({ article }: Props) {
  return (
    <article className="article">
      <ArticleHeader article={article} />
      {article.image ? <ArticleImage image={article.image} /> : null}
      <CorrectionNote corrections={article.corrections} />
      <ArticleBody blocks={article.body} />
    </article>
  );
}
