import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { categoryList, categoryListAt } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';
import { CATEGORIES } from '@/lib/types';

export const dynamicParams = false;

/** The numbered pages of each category (1: its oldest articles). */
export function generateStaticParams(): { category: string; page: string }[] {
  const model = getSiteModel();
  return CATEGORIES.flatMap((category) => listPageParams(categoryList(model, category), { category }));
}

const route = listPagesRoute((model, { category }: { category: string; page: string }) =>
  categoryListAt(model, category),
);
export const generateMetadata = route.generateMetadata;
export default route.Page;
