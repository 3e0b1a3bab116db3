import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { tagList, tagListAt } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';

export const dynamicParams = false;

/** The numbered pages of each tag (1: its oldest articles). */
export function generateStaticParams(): { tag: string; page: string }[] {
  const model = getSiteModel();
  return model.tags.flatMap((tag) => listPageParams(tagList(model, tag), { tag: tag.slug }));
}

const route = listPagesRoute((model, { tag }: { tag: string; page: string }) => tagListAt(model, tag));
export const generateMetadata = route.generateMetadata;
export default route.Page;
