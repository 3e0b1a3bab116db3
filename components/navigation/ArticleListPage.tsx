import type { ReactNode } from 'react';
import { ArticleList } from '@/components/article/ArticleList';
import type { Page } from '@/lib/pagination';
import type { Article } from '@/lib/types';
import { Breadcrumbs } from './Breadcrumbs';
import { Pagination } from './Pagination';

type Props = {
  title: string;
  intro?: ReactNode;
  page: Page<Article>;
  /** The address of a numbered page; without a number, the list's own address. */
  pathOf: (page?: number) => string;
  trail: { name: string; path: string }[];
};

/** One page of a list of articles (archive, category, tag): heading, the articles, links to the other pages. */
export function ArticleListPage({ title, intro, page, pathOf, trail }: Props) {
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">
        {title}
        {page.number !== undefined ? <span className="page-number"> (pagina {page.number})</span> : null}
      </h1>
      {intro}
      <ArticleList articles={page.items} />
      <Pagination page={page} pathOf={pathOf} />
    </>
  );
}
