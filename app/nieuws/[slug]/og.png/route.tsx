import { CATEGORY_LABELS } from '@/lib/labels';
import { socialBackground, socialImage } from '@/lib/seo/social-image';
import { getSiteModel } from '@/lib/site-model';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One social image per shown article (aliases share their article's). */
export function generateStaticParams(): { slug: string }[] {
  return getSiteModel().articles.map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getSiteModel().article((await params).slug);
  if (!article) return new Response('Niet gevonden', { status: 404 });
  // The article's photo, when it has one, behind the headline.
  const background = article.image ? await socialBackground(article.image.src) : undefined;
  return socialImage({ title: article.title, kicker: CATEGORY_LABELS[article.category], background });
}
