import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { Redirect } from '@/components/navigation/Redirect';
import { paths } from '@/lib/labels';
import { pageNumbers, pageOf } from '@/lib/pagination';
import { listPageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

/** Pages 2 and on of each tag; page 1 lives at /tags/<tag>/ and its /pagina/1/ forwards there. */
export function generateStaticParams(): { tag: string; page: string }[] {
  const model = getSiteModel();
  return model.tags.flatMap((tag) =>
    pageNumbers(model.articlesTagged(tag.slug).length).map((page) => ({ tag: tag.slug, page: String(page) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = getSiteModel().tag(slug);
  if (!tag) return {};
  const number = Number(page);
  const metadata = listPageMetadata({
    title: tag.name,
    description: `Alle artikelen over ${tag.name}`,
    path: paths.tag(tag.slug, number),
    page: number,
  });
  return number === 1 ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function TagListPage({ params }: Props) {
  const { tag: slug, page: requested } = await params;
  const model = getSiteModel();
  const tag = model.tag(slug);
  const page = tag ? pageOf(model.articlesTagged(tag.slug), Number(requested)) : undefined;
  if (!tag || !page) notFound();
  if (page.number === 1) return <Redirect heading={tag.name} title={tag.name} path={paths.tag(tag.slug)} />;
  return (
    <ArticleListPage
      title={`Onderwerp: ${tag.name}`}
      page={page}
      pathOf={(number) => paths.tag(tag.slug, number)}
      trail={[
        { name: 'Voorpagina', path: paths.home() },
        { name: tag.name, path: paths.tag(tag.slug) },
        { name: `Pagina ${page.number}`, path: paths.tag(tag.slug, page.number) },
      ]}
    />
  );
}
