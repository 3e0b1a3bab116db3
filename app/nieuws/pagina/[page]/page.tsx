import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { archiveList } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';

export const dynamicParams = false;

export function generateStaticParams(): { page: string }[] {
  return listPageParams(archiveList(getSiteModel()), {});
}

const route = listPagesRoute((model) => archiveList(model));
export const generateMetadata = route.generateMetadata;
export default route.Page;
