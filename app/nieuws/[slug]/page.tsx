import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AliasRedirect } from '@/components/article/AliasRedirect';
import { ArticlePage } from '@/components/article/ArticlePage';
import { paths } from '@/lib/labels';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Every shown article, plus a page for every old slug (alias) that forwards to it. */
export function generateStaticParams(): { slug: string }[] {
  const model = getSiteModel();
  return [...model.articles.map((article) => ({ slug: article.slug })), ...model.aliases.map((slug) => ({ slug }))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const model = getSiteModel();
  const article = model.article(slug);
  if (article) {
    return {
      title: article.title,
      description: article.summary,
      alternates: { canonical: paths.article(article.slug) },
      ...(article.status !== 'published' ? { robots: { index: false } } : {}),
    };
  }
  const target = model.aliasTarget(slug);
  if (target) {
    return {
      title: target.title,
      alternates: { canonical: paths.article(target.slug) },
      robots: { index: false, follow: true },
    };
  }
  return {};
}

export default async function NewsArticlePage({ params }: Props) {
  const { slug } = await params;
  const model = getSiteModel();
  const article = model.article(slug);
  if (article) return <ArticlePage article={article} />;
  const target = model.aliasTarget(slug);
  if (target) return <AliasRedirect article={target} />;
  notFound();
}
