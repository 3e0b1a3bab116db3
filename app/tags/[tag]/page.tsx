import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { paths } from '@/lib/labels';
import { pageOf } from '@/lib/pagination';
import { listPageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { tag: string }[] {
  return getSiteModel().tags.map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getSiteModel().tag((await params).tag);
  if (!tag) return {};
  return listPageMetadata({
    title: tag.name,
    description: `Alle artikelen over ${tag.name}`,
    path: paths.tag(tag.slug),
    page: 1,
  });
}

export default async function TagPage({ params }: Props) {
  const model = getSiteModel();
  const tag = model.tag((await params).tag);
  const page = tag ? pageOf(model.articlesTagged(tag.slug), 1) : undefined;
  if (!tag || !page) notFound();
  return (
    <ArticleListPage
      title={`Onderwerp: ${tag.name}`}
      page={page}
      pathOf={(number) => paths.tag(tag.slug, number)}
      trail={[
        { name: 'Voorpagina', path: paths.home() },
        { name: tag.name, path: paths.tag(tag.slug) },
      ]}
    />
  );
}
