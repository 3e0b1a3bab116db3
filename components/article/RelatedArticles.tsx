import type { ArticleTeaser } from '@/lib/page-data';
import { ArticleList } from './ArticleList';

type Props = { articles: ArticleTeaser[] };

/** "Meer hierover": articles on the same skaters, competition or subjects. */
export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="meer-hierover">
      <h2 id="meer-hierover">Meer hierover</h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
