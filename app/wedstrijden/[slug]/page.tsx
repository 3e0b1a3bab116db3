import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { AddToCalendarLink } from '@/components/calendar/AddToCalendarLink';
import { CompetitionProfile } from '@/components/competition/CompetitionProfile';
import { PublishedResultsList } from '@/components/results/PublishedResultsList';
import { JsonLd } from '@/components/seo/JsonLd';
import { competitionTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd, sportsEventJsonLd } from '@/lib/seo/structured-data';
import { competitionPageData } from '@/lib/page-data';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return paramsToRender(
    getSiteModel().competitions.map((competition) => ({ slug: competition.slug })),
    ({ slug }) => paths.competition(slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const competition = competitionPageData(getSiteModel(), (await params).slug)?.competition;
  if (!competition) return {};
  return pageMetadata({
    title: competition.name,
    description: `${competition.name} in ${competition.location}: data, nieuws en uitslagen.`,
    path: paths.competition(competition.slug),
  });
}

export default async function CompetitionPage({ params }: Props) {
  const data = competitionPageData(getSiteModel(), (await params).slug);
  if (!data) notFound();
  const { competition } = data;
  return (
    <>
      <CurrentSection section="kalender" />
      <JsonLd data={[sportsEventJsonLd(competition), breadcrumbJsonLd(competitionTrail(competition))]} />
      <CompetitionProfile competition={competition} />
      {data.coming ? (
        <p>
          <AddToCalendarLink competition={competition} />
        </p>
      ) : null}
      <section aria-labelledby="uitslagen">
        <h2 id="uitslagen">Uitslagen</h2>
        <PublishedResultsList results={data.results} emptyText="Nog geen uitslagen van deze wedstrijd." />
      </section>
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen</h2>
        <ArticleList articles={data.articles} headingLevel={3} />
      </section>
    </>
  );
}
