import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { Redirect } from '@/components/navigation/Redirect';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, categoryFromSegment, paths } from '@/lib/labels';
import { pageNumbers, pageOf } from '@/lib/pagination';
import { listPageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';
import { CATEGORIES } from '@/lib/types';

type Props = { params: Promise<{ category: string; page: string }> };

export const dynamicParams = false;

/** Pages 2 and on of each category; page 1 lives at /rubriek/<category>/ and its /pagina/1/ forwards there. */
export function generateStaticParams(): { category: string; page: string }[] {
  const model = getSiteModel();
  return CATEGORIES.flatMap((category) =>
    pageNumbers(model.articlesIn(category).length).map((page) => ({ category, page: String(page) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category: segment, page } = await params;
  const category = categoryFromSegment(segment);
  if (!category) return {};
  const number = Number(page);
  const metadata = listPageMetadata({
    title: CATEGORY_LABELS[category],
    description: CATEGORY_DESCRIPTIONS[category],
    path: paths.category(category, number),
    page: number,
  });
  return number === 1 ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function CategoryListPage({ params }: Props) {
  const { category: segment, page: requested } = await params;
  const category = categoryFromSegment(segment);
  const page = category ? pageOf(getSiteModel().articlesIn(category), Number(requested)) : undefined;
  if (!category || !page) notFound();
  const label = CATEGORY_LABELS[category];
  if (page.number === 1) return <Redirect heading={label} title={label} path={paths.category(category)} />;
  return (
    <ArticleListPage
      title={label}
      page={page}
      pathOf={(number) => paths.category(category, number)}
      trail={[
        { name: 'Voorpagina', path: paths.home() },
        { name: label, path: paths.category(category) },
        { name: `Pagina ${page.number}`, path: paths.category(category, page.number) },
      ]}
    />
  );
}
