import type { ArticleTeaser } from '@/lib/page-data';
import { ArticleList } from './ArticleList';

type Props = { articles: ArticleTeaser[] };

/** "Meer hierover": articles on the same skaters, competition or subjects. */
export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    // Not in the search index: other articles, indexed on their own pages.
    <section className="related" aria-labelledby="meer-hierover" data-pagefind-ignore="all">
      <h2 id="meer-hierover">Meer hierover</h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
