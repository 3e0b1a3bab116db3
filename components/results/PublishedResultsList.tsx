import { ResultsTable } from '@/components/results/ResultsTable';
import { paths } from '@/lib/paths';
import type { PublishedResultsEntry } from '@/lib/page-data';

type Props = { results: PublishedResultsEntry[]; emptyText?: string };

/** Results tables as published, each with the article it stands in (a competition page, the front page). */
export function PublishedResultsList({ results, emptyText = 'Nog geen uitslagen.' }: Props) {
  if (results.length === 0) return <p>{emptyText}</p>;
  return (
    <div className="competition-results">
      {results.map(({ article, block, computedMarkers }, index) => (
        <div key={`${article.slug}-${index}`}>
          <ResultsTable results={block} computedMarkers={computedMarkers} />
          <p className="results-source">
            Uit: <a href={paths.article(article.slug)}>{article.title}</a>
          </p>
        </div>
      ))}
    </div>
  );
}
