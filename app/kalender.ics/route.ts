import { competitionsCalendar } from '@/lib/calendar/competition-calendar';
import { getSiteModel } from '@/lib/site-model';

export const dynamic = 'force-static';

export function GET() {
  const model = getSiteModel();
  return new Response(competitionsCalendar(model.competitions, model.builtAt), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
