import { CATEGORY_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import type { ArticleTeaser } from '@/lib/page-data';
import { PublishedTime } from './PublishedTime';

type Props = { article: ArticleTeaser; headingLevel?: 2 | 3 };

/** An article in a list: category, linked title, summary and date. */
export function ArticleCard({ article, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="article-card">
      <p className="article-category">
        {CATEGORY_LABELS[article.category]}
        {/* Columns are recognisable in every list by their column's name. */}
        {article.category === 'column' && article.author.column ? <> · {article.author.column}</> : null}
        {/* Only the development server lists unpublished articles: mark them there too. */}
        {article.status === 'draft' ? <> · concept</> : article.status === 'scheduled' ? <> · gepland</> : null}
      </p>
      <Heading>
        <a href={paths.article(article.slug)}>{article.title}</a>
      </Heading>
      <p>{article.summary}</p>
      <p className="article-card-date">
        <PublishedTime date={article.date} withTime={article.datePrecision === 'minute'} />
      </p>
    </article>
  );
}
