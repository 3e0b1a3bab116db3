import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { JsonLd } from '@/components/seo/JsonLd';
import { WorldCupSeasonOverview } from '@/components/worldcup/WorldCupSeasonOverview';
import { worldCupTrail } from '@/lib/navigation';
import { worldCupPageParams, worldCupSeasonPageData } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { paramsToRender } from '@/lib/render-plan';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ season: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { season: string }[] {
  return paramsToRender(
    worldCupPageParams(getSiteModel()).flatMap(({ season, standing }) => (standing ? [] : [{ season }])),
    ({ season }) => paths.worldCupSeason(season),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = worldCupSeasonPageData(getSiteModel(), (await params).season);
  if (!data) return {};
  return pageMetadata({
    title: `Wereldbeker ${data.season.label}`,
    description: `De wereldbekerklassementen van seizoen ${data.season.label} per afstand en categorie, en welke races nog ontbreken.`,
    path: paths.worldCupSeason(data.season.slug),
  });
}

export default async function WorldCupSeasonPage({ params }: Props) {
  const data = worldCupSeasonPageData(getSiteModel(), (await params).season);
  if (!data) notFound();
  const trail = worldCupTrail(data.season);
  return (
    <>
      <CurrentSection section="kalender" />
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Wereldbeker {data.season.label}</h1>
      <WorldCupSeasonOverview data={data} />
    </>
  );
}
