import type { Article } from '@/lib/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleImage } from './ArticleImage';
import { CorrectionNote } from './CorrectionNote';

type Props = { article: Article };

/** A whole article: header, lead image, correction note, body. */
export function ArticlePage({ article }: Props) {
  return (
    // data-pagefind-body: the search index holds articles, skaters and competitions, not lists or the 404.
    <article className="article" data-pagefind-body>
      <ArticleHeader article={article} />
      {article.image ? <ArticleImage image={article.image} /> : null}
      <CorrectionNote corrections={article.corrections} />
      <ArticleBody blocks={article.body} />
    </article>
  );
}
