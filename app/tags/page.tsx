import { indexRoute } from '@/app/_lists/index-route';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { tagIndex } from '@/lib/site-index';

const route = indexRoute({
  title: 'Onderwerpen',
  description: 'Alle onderwerpen waarover Schaatsnieuws schrijft.',
  path: paths.tags(),
  render: (model) => <SiteIndex entries={tagIndex(model)} emptyText="Nog geen onderwerpen." />,
});
export const metadata = route.metadata;
export default route.Page;
