import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { Redirect } from '@/components/navigation/Redirect';
import { JsonLd } from '@/components/seo/JsonLd';
import { articleTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/seo/urls';
import { articleMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { articlePageData } from '@/lib/page-data';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every shown article, plus a page for every old slug (alias) that forwards to it. */
export function generateStaticParams(): { slug: string }[] {
  const model = getSiteModel();
  return paramsToRender(
    [...model.articles.map((article) => ({ slug: article.slug })), ...model.aliases.map((slug) => ({ slug }))],
    ({ slug }) => paths.article(slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = articlePageData(getSiteModel(), (await params).slug);
  if (data?.kind === 'article') return articleMetadata(data.article);
  // An old address: the same description, canonical to the new one, never indexed itself.
  if (data?.kind === 'alias') return { ...articleMetadata(data.target), robots: { index: false, follow: true } };
  return {};
}

export default async function NewsArticlePage({ params }: Props) {
  const data = articlePageData(getSiteModel(), (await params).slug);
  if (!data) notFound();
  if (data.kind === 'article') {
    const { article } = data;
    const trail = articleTrail(article);
    return (
      <>
        <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd(trail)]} />
        <ArticlePage
          article={article}
          trail={trail}
          related={data.related}
          url={absoluteUrl(paths.article(article.slug))}
          computedMarkers={data.computedMarkers}
        />
      </>
    );
  }
  const { target } = data;
  return <Redirect heading="Dit artikel is verhuisd" title={target.title} path={paths.article(target.slug)} />;
}
