import { listPageParams, listPagesRoute } from '@/app/_lists/list-routes';
import { athleteList, athleteListAt } from '@/lib/article-lists';
import { getSiteModel } from '@/lib/site-model';

export const dynamicParams = false;

/** The numbered pages of the articles about each skater (1: the oldest); their profile page shows the newest. */
export function generateStaticParams(): { slug: string; page: string }[] {
  const model = getSiteModel();
  return model.athletes.flatMap((athlete) => listPageParams(athleteList(model, athlete), { slug: athlete.slug }));
}

const route = listPagesRoute((model, { slug }: { slug: string; page: string }) => athleteListAt(model, slug));
export const generateMetadata = route.generateMetadata;
export default route.Page;
