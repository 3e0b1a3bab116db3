import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { categoryList, categoryListAt } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';
import { CATEGORIES } from '@/lib/types';

export const dynamicParams = false;

/** Every page of each category; page 1 lives at /rubriek/<category>/ and its /pagina/1/ forwards there. */
export function generateStaticParams(): { category: string; page: string }[] {
  const model = getSiteModel();
  return CATEGORIES.flatMap((category) => listPageParams(categoryList(model, category), { category }));
}

const route = listPagesRoute((model, { category }: { category: string; page: string }) =>
  categoryListAt(model, category),
);
export const generateMetadata = route.generateMetadata;
export default route.Page;
