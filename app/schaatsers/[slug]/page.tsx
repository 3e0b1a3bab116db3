import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { AthleteProfile } from '@/components/athlete/AthleteProfile';
import { AthleteResults } from '@/components/athlete/AthleteResults';
import { PersonalBests } from '@/components/athlete/PersonalBests';
import { Progressions } from '@/components/athlete/Progressions';
import { SeasonBests } from '@/components/athlete/SeasonBests';
import { SeasonResults } from '@/components/athlete/SeasonResults';
import { Pagination } from '@/components/navigation/Pagination';
import { JsonLd } from '@/components/seo/JsonLd';
import { athleteTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { athleteJsonLd, breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { athletePageData } from '@/lib/page-data';
import { paramsToRender } from '@/lib/render-plan';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return paramsToRender(
    getSiteModel().athletes.map((athlete) => ({ slug: athlete.slug })),
    ({ slug }) => paths.athlete(slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const athlete = athletePageData(getSiteModel(), (await params).slug)?.athlete;
  if (!athlete) return {};
  return pageMetadata({
    title: athlete.name,
    description: `Nieuws en uitslagen van ${athlete.name}.`,
    path: paths.athlete(athlete.slug),
  });
}

export default async function AthletePage({ params }: Props) {
  const data = athletePageData(getSiteModel(), (await params).slug);
  if (!data) notFound();
  const { athlete } = data;
  return (
    <>
      <CurrentSection section="schaatsers" />
      <JsonLd data={[athleteJsonLd(athlete), breadcrumbJsonLd(athleteTrail(athlete))]} />
      <AthleteProfile athlete={athlete} {...(data.age === undefined ? {} : { age: data.age })} />
      <section aria-labelledby="records">
        <h2 id="records">Persoonlijke records</h2>
        <PersonalBests name={athlete.name} bests={data.personalBests} samalog={data.samalog} />
      </section>
      {data.seasonBests.length > 0 ? (
        <section aria-labelledby="seizoensbesten">
          <h2 id="seizoensbesten">Seizoensbesten</h2>
          <SeasonBests name={athlete.name} seasons={data.seasonBests} />
        </section>
      ) : null}
      {data.progressions.length > 0 ? (
        <section aria-labelledby="progressie">
          <h2 id="progressie">Progressie</h2>
          <Progressions name={athlete.name} progressions={data.progressions} />
        </section>
      ) : null}
      <section aria-labelledby="uitslagen">
        <h2 id="uitslagen">Uitslagen</h2>
        <SeasonResults name={athlete.name} seasons={data.resultsBySeason} />
        {data.otherResults.length > 0 ? (
          <section aria-labelledby="overige-uitslagen">
            <h3 id="overige-uitslagen">Overige uitslagen</h3>
            <AthleteResults
              name={athlete.name}
              results={data.otherResults}
              caption={`Overige uitslagen van ${athlete.name}`}
            />
          </section>
        ) : null}
      </section>
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen over {athlete.name}</h2>
        <ArticleList articles={data.articles.items} headingLevel={3} />
        <Pagination page={data.articles} pathOf={(number) => paths.athlete(athlete.slug, number)} />
      </section>
    </>
  );
}
