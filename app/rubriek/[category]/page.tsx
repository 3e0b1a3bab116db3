import { listFirstPageRoute } from '@/app/_lists/list-routes';
import { categoryListAt } from '@/lib/article-lists';
import { paths } from '@/lib/paths';
import { paramsToRender } from '@/lib/render-plan';
import { CATEGORIES, type Category } from '@/lib/types';

export const dynamicParams = false;

/** Every category has a page, an empty one too ("nog geen artikelen"). */
export function generateStaticParams(): { category: Category }[] {
  return paramsToRender(
    CATEGORIES.map((category) => ({ category })),
    ({ category }) => paths.category(category),
  );
}

const route = listFirstPageRoute((model, { category }: { category: string }) => categoryListAt(model, category));
export const generateMetadata = route.generateMetadata;
export default route.Page;
