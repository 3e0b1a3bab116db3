import { listFirstPageRoute } from '@/app/_lists/list-routes';
import { tagListAt } from '@/lib/article-lists';
import { paths } from '@/lib/paths';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel } from '@/lib/site-model';

export const dynamicParams = false;

export function generateStaticParams(): { tag: string }[] {
  return paramsToRender(
    getSiteModel().tags.map((tag) => ({ tag: tag.slug })),
    ({ tag }) => paths.tag(tag),
  );
}

const route = listFirstPageRoute((model, { tag }: { tag: string }) => tagListAt(model, tag));
export const generateMetadata = route.generateMetadata;
export default route.Page;
