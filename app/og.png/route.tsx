import { siteConfig } from '@/lib/config';
import { socialImage } from '@/lib/seo/social-image';

export const dynamic = 'force-static';

/** The social image of every page that has none of its own. */
export function GET() {
  return socialImage({ title: siteConfig.tagline, kicker: 'Schaatsnieuws' });
}
