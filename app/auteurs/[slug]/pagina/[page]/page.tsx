import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { authorList, authorListAt } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';

export const dynamicParams = false;

/** The numbered pages of each author's articles (1: the oldest); their profile page shows the newest. */
export function generateStaticParams(): { slug: string; page: string }[] {
  const model = getSiteModel();
  return model.authors.flatMap((author) => listPageParams(authorList(model, author), { slug: author.slug }));
}

const route = listPagesRoute((model, { slug }: { slug: string; page: string }) => authorListAt(model, slug));
export const generateMetadata = route.generateMetadata;
export default route.Page;
