import { ArticleList } from '@/components/article/ArticleList';
import { siteConfig } from '@/lib/config';
import { getSiteModel } from '@/lib/site-model';

export default function HomePage() {
  const { articles } = getSiteModel();
  return (
    <>
      <h1 className="page-title">
        <span className="visually-hidden">{siteConfig.name}: </span>Laatste nieuws
      </h1>
      <ArticleList articles={articles} />
    </>
  );
}
