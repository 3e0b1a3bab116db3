import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { SeasonLists } from '@/components/records/SeasonLists';
import { StatisticsNote } from '@/components/records/StatisticsNote';
import { JsonLd } from '@/components/seo/JsonLd';
import { seasonTrail } from '@/lib/navigation';
import { seasonPageData } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { paramsToRender } from '@/lib/render-plan';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';
import { seasonsWithRaces } from '@/lib/skating/records';
import { seasonSlug } from '@/lib/skating/seasons';

type Props = { params: Promise<{ season: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { season: string }[] {
  return paramsToRender(
    seasonsWithRaces(getSiteModel().races).map((season) => ({ season: seasonSlug(season) })),
    ({ season }) => paths.season(season),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = seasonPageData(getSiteModel(), (await params).season);
  if (!data) return {};
  return pageMetadata({
    title: `Seizoen ${data.season.label}: beste tijden`,
    description: `De beste tijden per afstand van het schaatsseizoen ${data.season.label}, uit de uitslagen op Schaatsnieuws.`,
    path: paths.season(data.season.slug),
  });
}

export default async function SeasonPage({ params }: Props) {
  const data = seasonPageData(getSiteModel(), (await params).season);
  if (!data) notFound();
  const trail = seasonTrail(data.season);
  return (
    <>
      <CurrentSection section="schaatsers" />
      <JsonLd data={[breadcrumbJsonLd(trail)]} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Seizoen {data.season.label}</h1>
      <p>De tien beste tijden per afstand, iedere schaatser één keer met haar of zijn snelste tijd van het seizoen.</p>
      <StatisticsNote />
      <SeasonLists data={data} />
    </>
  );
}
