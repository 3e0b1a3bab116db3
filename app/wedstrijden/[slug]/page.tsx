import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/ArticleList';
import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayNl } from '@/lib/dates';
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
      <header className="profile">
        <h1 className="page-title">{competition.name}</h1>
        <dl className="profile-facts">
          <dt>Datum</dt>
          <dd>
            <time dateTime={competition.start}>{formatDayNl(competition.start)}</time>
            {competition.end !== competition.start ? (
              <>
                {' '}
                tot en met <time dateTime={competition.end}>{formatDayNl(competition.end)}</time>
              </>
            ) : null}
          </dd>
          <dt>Plaats</dt>
          <dd>
            {competition.venue ? `${competition.venue}, ` : ''}
            {competition.location}
            {competition.country ? (
              <>
                {' '}
                (<CountryLabel code={competition.country} />)
              </>
            ) : null}
          </dd>
        </dl>
        {/* Sanitised by the Markdown pipeline. */}
        {competition.descriptionHtml ? (
          <div className="prose" dangerouslySetInnerHTML={{ __html: competition.descriptionHtml }} />
        ) : null}
      </header>
      <section aria-labelledby="artikelen">
        <h2 id="artikelen">Artikelen</h2>
        <ArticleList articles={model.articlesAt(competition.slug)} headingLevel={3} />
      </section>
    </>
  );
}
