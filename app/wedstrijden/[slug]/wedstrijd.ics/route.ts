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
  // Not a page of the render plan: every build writes every competition's file, like the
  // whole calendar's, so reading the build's time from the model keeps incremental builds exact.
  const model = getSiteModel();
  const competition = model.competition((await params).slug);
  if (!competition) notFound();
  return new Response(competitionsCalendar([competition], model.builtAt), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
