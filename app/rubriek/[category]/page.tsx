import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, categoryFromSegment, paths } from '@/lib/labels';
import { pageOf } from '@/lib/pagination';
import { listPageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';
import { CATEGORIES, type Category } from '@/lib/types';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

/** Every category has a page, an empty one too ("nog geen artikelen"). */
export function generateStaticParams(): { category: Category }[] {
  return CATEGORIES.map((category) => ({ category }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = categoryFromSegment((await params).category);
  if (!category) return {};
  return listPageMetadata({
    title: CATEGORY_LABELS[category],
    description: CATEGORY_DESCRIPTIONS[category],
    path: paths.category(category),
    page: 1,
  });
}

export default async function CategoryPage({ params }: Props) {
  const category = categoryFromSegment((await params).category);
  const page = category ? pageOf(getSiteModel().articlesIn(category), 1) : undefined;
  if (!category || !page) notFound();
  return (
    <ArticleListPage
      title={CATEGORY_LABELS[category]}
      intro={<p>{CATEGORY_DESCRIPTIONS[category]}.</p>}
      page={page}
      pathOf={(number) => paths.category(category, number)}
      trail={[
        { name: 'Voorpagina', path: paths.home() },
        { name: CATEGORY_LABELS[category], path: paths.category(category) },
      ]}
    />
  );
}
