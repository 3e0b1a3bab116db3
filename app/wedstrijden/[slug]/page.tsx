import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { AddToCalendarLink } from '@/components/calendar/AddToCalendarLink';
import { CompetitionProfile } from '@/components/competition/CompetitionProfile';
import { CompetitionResults } from '@/components/competition/CompetitionResults';
import { JsonLd } from '@/components/seo/JsonLd';
import { formatDayRangeNl } from '@/lib/dates';
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
    description: `${competition.name}, ${formatDayRangeNl(competition.start, competition.end)} in ${competition.location}: uitslagen en nieuws.`,
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
      {data.worldCup ? (
        <p>
          Wereldbeker, divisie {data.worldCup.division}:{' '}
          <a href={data.worldCup.path}>de klassementen van seizoen {data.worldCup.season.label}</a>
        </p>
      ) : null}
      <section aria-labelledby="uitslagen">
        <h2 id="uitslagen">Uitslagen</h2>
        <CompetitionResults days={data.days} classifications={data.classifications} otherResults={data.otherResults} />
      </section>
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen</h2>
        <ArticleList articles={data.articles} headingLevel={3} />
      </section>
    </>
  );
}
