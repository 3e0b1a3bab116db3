import { indexRoute } from '@/app/_lists/index-route';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { categoryIndex } from '@/lib/site-index';

const route = indexRoute({
  title: 'Rubrieken',
  description: 'Alle rubrieken van Schaatsnieuws: nieuws, uitslagen, columns, interviews en achtergrond.',
  path: paths.categories(),
  render: (model) => <SiteIndex entries={categoryIndex(model)} emptyText="Nog geen rubrieken." />,
});
export const metadata = route.metadata;
export default route.Page;
