import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { AuthorProfile } from '@/components/author/AuthorProfile';
import { Pagination } from '@/components/navigation/Pagination';
import { JsonLd } from '@/components/seo/JsonLd';
import { authorTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { authorPageData } from '@/lib/page-data';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return paramsToRender(
    getSiteModel().authors.map((author) => ({ slug: author.slug })),
    ({ slug }) => paths.author(slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = authorPageData(getSiteModel(), (await params).slug)?.author;
  if (!author) return {};
  return pageMetadata({
    title: author.name,
    description: `Artikelen van ${author.name}${author.column ? `, met de column ${author.column}` : ''}.`,
    path: paths.author(author.slug),
  });
}

export default async function AuthorPage({ params }: Props) {
  const data = authorPageData(getSiteModel(), (await params).slug);
  if (!data) notFound();
  const { author } = data;
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(authorTrail(author))} />
      <AuthorProfile author={author} />
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen</h2>
        <ArticleList articles={data.articles.items} headingLevel={3} />
        <Pagination page={data.articles} pathOf={(number) => paths.author(author.slug, number)} />
      </section>
    </>
  );
}
