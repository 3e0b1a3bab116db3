import { PublishedTime } from '@/components/article/PublishedTime';
import { CATEGORY_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import type { Article } from '@/lib/types';

type Props = { article: Article };

/** The front page's opening story: the newest article, large. */
export function LeadStory({ article }: Props) {
  return (
    <article className="lead-story">
      <p className="article-category">{CATEGORY_LABELS[article.category]}</p>
      <h2>
        <a href={paths.article(article.slug)}>{article.title}</a>
      </h2>
      <p className="lead-summary">{article.summary}</p>
      <p className="article-card-date">
        <PublishedTime date={article.date} withTime={article.datePrecision === 'minute'} />
      </p>
    </article>
  );
}
