import { indexRoute } from '@/app/_lists/index-route';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { authorIndex } from '@/lib/site-index';

const route = indexRoute({
  title: 'Auteurs',
  description: 'De redacteuren en columnisten van Schaatsnieuws, met hun artikelen.',
  path: paths.authors(),
  render: (model) => <SiteIndex entries={authorIndex(model)} emptyText="Nog geen auteurs." />,
});
export const metadata = route.metadata;
export default route.Page;
