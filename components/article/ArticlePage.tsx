import { CurrentSection } from '@/components/layout/CurrentSection';
import { sectionOfCategory } from '@/lib/navigation';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import type { ArticleTeaser } from '@/lib/page-data';
import type { Article, RecordMarker } from '@/lib/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleImage } from './ArticleImage';
import { AthleteChips } from './AthleteChips';
import { CorrectionNote } from './CorrectionNote';
import { RelatedArticles } from './RelatedArticles';
import { ShareLinks } from './ShareLinks';
import { TagList } from './TagList';

type Props = {
  article: Article;
  trail: { name: string; path: string }[];
  related: ArticleTeaser[];
  /** The article's absolute URL, for sharing. */
  url: string;
  /** By block index: the markers the site's history gives a results table's rows. */
  computedMarkers?: Readonly<Record<number, readonly (readonly RecordMarker[])[]>>;
};

/** A whole article: where it sits, header, lead image, correction note, body, skaters, subjects, sharing, related reading. */
export function ArticlePage({ article, trail, related, url, computedMarkers }: Props) {
  return (
    <>
      <CurrentSection section={sectionOfCategory(article.category)} />
      <Breadcrumbs trail={trail} />
      {/* data-pagefind-body: the search index holds articles, skaters and competitions, not lists or the 404. */}
      <article className="article" data-pagefind-body>
        <ArticleHeader article={article} />
        {article.image ? <ArticleImage image={article.image} /> : null}
        <CorrectionNote corrections={article.corrections} />
        <ArticleBody blocks={article.body} computedMarkers={computedMarkers} />
        <AthleteChips athletes={article.athletes} />
        <TagList tags={article.tags} />
      </article>
      <div className="article-aside">
        <ShareLinks title={article.title} url={url} />
        <RelatedArticles articles={related} />
      </div>
    </>
  );
}
