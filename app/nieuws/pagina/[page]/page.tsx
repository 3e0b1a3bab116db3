import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { paths } from '@/lib/labels';
import { pageNumbers, pageOf } from '@/lib/pagination';
import { listPageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { page: string }[] {
  return pageNumbers(getSiteModel().articles.length).map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = Number((await params).page);
  return listPageMetadata({
    title: 'Alle nieuws',
    description: 'Het archief van Schaatsnieuws: alle artikelen, nieuwste eerst',
    path: paths.archive(page),
    page,
  });
}

export default async function ArchivePage({ params }: Props) {
  const page = pageOf(getSiteModel().articles, Number((await params).page));
  if (!page) notFound();
  return (
    <ArticleListPage
      title="Alle nieuws"
      page={page}
      pathOf={paths.archive}
      trail={[
        { name: 'Voorpagina', path: paths.home() },
        { name: 'Alle nieuws', path: paths.archive(page.number) },
      ]}
    />
  );
}
