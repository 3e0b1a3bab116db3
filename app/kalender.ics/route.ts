import { competitionsCalendar } from '@/lib/calendar/competition-calendar';
import { getSiteModel } from '@/lib/site-model';

export const dynamic = 'force-static';

export function GET() {
  return new Response(competitionsCalendar(getSiteModel().competitions), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
