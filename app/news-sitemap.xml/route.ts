import { newsSitemapArticles, newsSitemapXml } from '@/lib/seo/news-sitemap';
import { getSiteModel } from '@/lib/site-model';

export const dynamic = 'force-static';

export function GET() {
  const model = getSiteModel();
  return new Response(newsSitemapXml(newsSitemapArticles(model.articles, model.builtAt)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
