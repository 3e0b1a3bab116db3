import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { Redirect } from '@/components/navigation/Redirect';
import { listPage, listPageNumbers, listTrail, type ArticleList } from '@/lib/article-lists';
import { listPageMetadata } from '@/lib/seo/metadata';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel, type SiteModel } from '@/lib/site-model';

// The routes of every list of articles (archive, category, tag), written once: each route file
// says only which list its parameters name. A private folder (`_lists`) is not a route itself.

type Props<Params> = { params: Promise<Params> };
type ListFinder<Params> = (model: SiteModel, params: Params) => ArticleList | undefined;

/** The generateStaticParams entries of the numbered pages of a list this build renders, with the list's own parameters. */
export function listPageParams<Params extends object>(
  list: ArticleList,
  params: Params,
): (Params & { page: string })[] {
  const pathOf = (number: number) => (number === 1 && list.forwardedFirstPage) || list.path(number);
  return paramsToRender(
    listPageNumbers(list).map((number) => ({ ...params, page: String(number) })),
    ({ page }) => pathOf(Number(page)),
  );
}

/** `forwarding`: this is the list's /pagina/1/, which forwards to the list's own address. */
function listMetadata(list: ArticleList, number: number, forwarding: boolean): Metadata {
  const metadata = listPageMetadata({
    title: list.name,
    description: list.description,
    path: list.path(number),
    page: number,
  });
  // A /pagina/1/ that forwards to the list's own address is never indexed itself.
  return forwarding ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

function ListPage({ list, number, withIntro }: { list: ArticleList; number: number; withIntro: boolean }) {
  const page = listPage(list, number);
  if (!page) notFound();
  return (
    <ArticleListPage
      title={list.heading}
      intro={withIntro && list.intro ? <p>{list.intro}</p> : undefined}
      page={page}
      pathOf={list.path}
      trail={listTrail(list, page.number)}
    />
  );
}

/** The route of a list's first page at its own address (/rubriek/<category>/, /tags/<tag>/). */
export function listFirstPageRoute<Params>(find: ListFinder<Params>) {
  return {
    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const list = find(getSiteModel(), await params);
      return list ? listMetadata(list, 1, false) : {};
    },
    async Page({ params }: Props<Params>) {
      const list = find(getSiteModel(), await params);
      if (!list) notFound();
      return <ListPage list={list} number={1} withIntro />;
    },
  };
}

/** The route of a list's numbered pages (…/pagina/<n>/); where page 1 has its own address, /pagina/1/ forwards there. */
export function listPagesRoute<Params extends { page: string }>(find: ListFinder<Params>) {
  return {
    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const found = await params;
      const list = find(getSiteModel(), found);
      const number = Number(found.page);
      return list ? listMetadata(list, number, number === 1 && list.forwardedFirstPage !== undefined) : {};
    },
    async Page({ params }: Props<Params>) {
      const found = await params;
      const list = find(getSiteModel(), found);
      if (!list) notFound();
      const number = Number(found.page);
      if (number === 1 && list.forwardedFirstPage)
        return <Redirect heading={list.name} title={list.name} path={list.path(1)} />;
      return <ListPage list={list} number={number} withIntro={false} />;
    },
  };
}
