import { notFound } from 'next/navigation';
import { competitionsCalendar } from '@/lib/calendar/competition-calendar';
import { getSiteModel } from '@/lib/site-model';

type Context = { params: Promise<{ slug: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getSiteModel().competitions.map((competition) => ({ slug: competition.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const competition = getSiteModel().competition((await params).slug);
  if (!competition) notFound();
  return new Response(competitionsCalendar([competition]), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
