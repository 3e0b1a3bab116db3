import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { CompetitionProfile } from '@/components/competition/CompetitionProfile';
import { paths } from '@/lib/labels';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getSiteModel().competitions.map((competition) => ({ slug: competition.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const competition = getSiteModel().competition((await params).slug);
  if (!competition) return {};
  return {
    title: competition.name,
    description: `${competition.name} in ${competition.location}: data, nieuws en uitslagen.`,
    alternates: { canonical: paths.competition(competition.slug) },
  };
}

export default async function CompetitionPage({ params }: Props) {
  const model = getSiteModel();
  const competition = model.competition((await params).slug);
  if (!competition) notFound();
  return (
    <>
      <CompetitionProfile competition={competition} />
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen</h2>
        <ArticleList articles={model.articlesAt(competition.slug)} headingLevel={3} />
      </section>
    </>
  );
}
