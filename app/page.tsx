import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/ArticleList';
import { JsonLd } from '@/components/seo/JsonLd';
import { siteConfig } from '@/lib/config';
import { paths } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';
import { organizationJsonLd, webSiteJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: `${siteConfig.name}: ${siteConfig.tagline.toLowerCase()}`,
  completeTitle: true,
  description:
    'Nieuws, uitslagen en achtergronden over langebaanschaatsen: wereldbekers, kampioenschappen en de schaatsers.',
  path: paths.home(),
});

export default function HomePage() {
  const { articles } = getSiteModel();
  return (
    <>
      <JsonLd data={[webSiteJsonLd(), organizationJsonLd()]} />
      <h1 className="page-title">
        <span className="visually-hidden">{siteConfig.name}: </span>Laatste nieuws
      </h1>
      <ArticleList articles={articles} />
    </>
  );
}
