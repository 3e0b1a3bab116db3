import { PublishedTime } from '@/components/article/PublishedTime';
import { ResponsivePicture } from '@/components/article/ResponsivePicture';
import { CATEGORY_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import type { Article } from '@/lib/types';

type Props = { article: Article };

/** The front page's main column is about 48rem wide from 60rem up; below that the photo spans the screen. */
const LEAD_IMAGE_SIZES = '(min-width: 60rem) 48rem, 100vw';

/** The front page's opening story: the newest article, large. */
export function LeadStory({ article }: Props) {
  return (
    <article className="lead-story">
      {/* The front page's largest picture: fetched first. Decorative beside the headline. */}
      {article.image ? (
        <div className="lead-story-image">
          <ResponsivePicture image={article.image} sizes={LEAD_IMAGE_SIZES} priority alt="" />
        </div>
      ) : null}
      <p className="article-category">
        {CATEGORY_LABELS[article.category]}
        {/* Only the development server shows unpublished articles: mark them here too, as the cards do. */}
        {article.status === 'draft' ? <> · concept</> : article.status === 'scheduled' ? <> · gepland</> : null}
      </p>
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
