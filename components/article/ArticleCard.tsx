import { CATEGORY_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import type { ArticleTeaser } from '@/lib/page-data';
import { PublishedTime } from './PublishedTime';
import { ResponsivePicture } from './ResponsivePicture';

type Props = {
  article: ArticleTeaser;
  headingLevel?: 2 | 3;
  /** Shows the article's photo, small, beside it (the front page's lists). */
  thumbnail?: boolean;
};

/** A thumbnail is 6rem wide (8rem from 48rem up). */
const THUMBNAIL_SIZES = '(min-width: 48rem) 8rem, 6rem';

/** An article in a list: category, linked title, summary and date, and its photo where asked. */
export function ArticleCard({ article, headingLevel = 2, thumbnail = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image = thumbnail ? article.image : undefined;
  return (
    <article className={image ? 'article-card article-card-with-thumbnail' : 'article-card'}>
      {/* Decorative beside the title that says what the story is: no alt text read twice. */}
      {image ? (
        <div className="article-card-thumbnail">
          <ResponsivePicture image={image} sizes={THUMBNAIL_SIZES} alt="" />
        </div>
      ) : null}
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
