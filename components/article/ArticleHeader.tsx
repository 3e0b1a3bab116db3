import { CATEGORY_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import type { Article } from '@/lib/types';
import { PublishedTime } from './PublishedTime';

type Props = { article: Article };

const UNPUBLISHED_LABELS = {
  draft: 'Concept: niet gepubliceerd',
  scheduled: 'Gepland: nog niet gepubliceerd',
} as const;

/** The top of an article: category, title, summary, author, publication and update times, reading time. */
export function ArticleHeader({ article }: Props) {
  const showsDayOnly = article.datePrecision === 'day';
  return (
    <header className="article-header">
      {article.status !== 'published' ? (
        <p className="unpublished-badge">{UNPUBLISHED_LABELS[article.status]}</p>
      ) : null}
      <p className="article-category">
        <a href={paths.category(article.category)}>{CATEGORY_LABELS[article.category]}</a>
        {article.category === 'column' && article.author.column ? <> · {article.author.column}</> : null}
      </p>
      <h1>{article.title}</h1>
      <p className="article-summary">{article.summary}</p>
      {/* A space between the parts: text read without the layout (the search index) keeps them
          apart ("Sportredactie zondag", not "Sportredactiezondag"). */}
      <div className="article-meta">
        {[
          <span key="door">
            Door <a href={paths.author(article.author.slug)}>{article.author.name}</a>
          </span>,
          <span key="datum">
            <PublishedTime date={article.date} withTime={!showsDayOnly} pagefindMeta />
          </span>,
          article.modified > article.date ? (
            <span key="bijgewerkt">
              Bijgewerkt: <PublishedTime date={article.modified} />
            </span>
          ) : null,
          article.event ? (
            <span key="wedstrijd">
              Wedstrijd: <a href={paths.competition(article.event.slug)}>{article.event.name}</a>
            </span>
          ) : null,
          <span key="leestijd">
            Leestijd {article.readingMinutes} {article.readingMinutes === 1 ? 'minuut' : 'minuten'}
          </span>,
        ]
          .filter((part) => part !== null)
          .flatMap((part, index) => (index === 0 ? [part] : [' ', part]))}
      </div>
    </header>
  );
}
