import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { listPage, listPageNumbers, type ArticleList } from '@/lib/article-lists';
import { listTrail } from '@/lib/navigation';
import { listPageMetadata } from '@/lib/seo/metadata';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel, type SiteModel } from '@/lib/site-model';

// The routes of every list of articles (archive, category, tag), written once: each route file
// says only which list its parameters name. A private folder (`_lists`) is not a route itself.
// A list's own address shows its newest articles; its numbered pages count from the oldest
// (lib/pagination.ts), so that news arriving leaves the older pages as they are.

type Props<Params> = { params: Promise<Params> };
type ListFinder<Params> = (model: SiteModel, params: Params) => ArticleList | undefined;

/** The generateStaticParams entries of the numbered pages of a list this build renders, with the list's own parameters. */
export function listPageParams<Params extends object>(
  list: ArticleList,
  params: Params,
): (Params & { page: string })[] {
  return paramsToRender(
    listPageNumbers(list).map((number) => ({ ...params, page: String(number) })),
    ({ page }) => list.path(Number(page)),
  );
}

/** `number`: a numbered page; none for the list's own address. */
function listMetadata(list: ArticleList, number?: number): Metadata {
  return listPageMetadata({ title: list.name, description: list.description, path: list.path(number), page: number });
}

function ListPage({ list, number }: { list: ArticleList; number?: number }) {
  const page = listPage(list, number);
  if (!page) notFound();
  return (
    <>
      <CurrentSection section={list.section} />
      <ArticleListPage
        title={list.heading}
        intro={number === undefined && list.intro ? <p>{list.intro}</p> : undefined}
        page={page}
        pathOf={list.path}
        trail={listTrail(list, number)}
      />
    </>
  );
}

/** The route of a list's own address (/nieuws/, /rubriek/<category>/, /tags/<tag>/): its newest articles. */
export function listFirstPageRoute<Params>(find: ListFinder<Params>) {
  return {
    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const list = find(getSiteModel(), await params);
      return list ? listMetadata(list) : {};
    },
    async Page({ params }: Props<Params>) {
      const list = find(getSiteModel(), await params);
      if (!list) notFound();
      return <ListPage list={list} />;
    },
  };
}

/** The route of a list's numbered pages (…/pagina/<n>/, 1 the oldest). */
export function listPagesRoute<Params extends { page: string }>(find: ListFinder<Params>) {
  return {
    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const found = await params;
      const list = find(getSiteModel(), found);
      return list ? listMetadata(list, Number(found.page)) : {};
    },
    async Page({ params }: Props<Params>) {
      const found = await params;
      const list = find(getSiteModel(), found);
      if (!list) notFound();
      return <ListPage list={list} number={Number(found.page)} />;
    },
  };
}
