import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { JsonLd } from '@/components/seo/JsonLd';
import { WorldCupStanding } from '@/components/worldcup/WorldCupStanding';
import { worldCupTrail } from '@/lib/navigation';
import { worldCupPageParams, worldCupStandingPageData } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { paramsToRender } from '@/lib/render-plan';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

type Props = { params: Promise<{ season: string; standing: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { season: string; standing: string }[] {
  return paramsToRender(
    worldCupPageParams(getSiteModel()).flatMap(({ season, standing }) => (standing ? [{ season, standing }] : [])),
    ({ season, standing }) => paths.worldCupStanding(season, standing),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { season, standing } = await params;
  const data = worldCupStandingPageData(getSiteModel(), season, standing);
  if (!data) return {};
  return pageMetadata({
    title: `Wereldbeker ${data.season.label}: ${data.label}`,
    description: `Het wereldbekerklassement ${data.label} van seizoen ${data.season.label}: punten per race en totaal.`,
    path: data.path,
  });
}

export default async function WorldCupStandingPage({ params }: Props) {
  const { season, standing } = await params;
  const data = worldCupStandingPageData(getSiteModel(), season, standing);
  if (!data) notFound();
  const trail = worldCupTrail(data.season, data);
  return (
    <>
      <CurrentSection section="kalender" />
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">
        Wereldbeker {data.season.label}: {data.label}
      </h1>
      <WorldCupStanding data={data} />
    </>
  );
}
