import { listFirstPageRoute } from '@/app/_lists/list-routes';
import { archiveList } from '@/lib/article-lists';

/** /nieuws/: the archive's newest articles; its numbered pages are under /nieuws/pagina/. */
const route = listFirstPageRoute((model) => archiveList(model));
export const generateMetadata = route.generateMetadata;
export default route.Page;
