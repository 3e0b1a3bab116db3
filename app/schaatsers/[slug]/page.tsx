import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { AthleteProfile } from '@/components/athlete/AthleteProfile';
import { AthleteResults } from '@/components/athlete/AthleteResults';
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
      <AthleteProfile athlete={athlete} />
      <section aria-labelledby="uitslagen">
        <h2 id="uitslagen">Uitslagen</h2>
        <AthleteResults name={athlete.name} results={data.results} />
      </section>
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen over {athlete.name}</h2>
        <ArticleList articles={data.articles.items} headingLevel={3} />
        <Pagination page={data.articles} pathOf={(number) => paths.athlete(athlete.slug, number)} />
      </section>
    </>
  );
}
