import type { MetadataRoute } from 'next';
import { absoluteUrl, feedPaths } from '@/lib/seo/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/' }],
    sitemap: [absoluteUrl(feedPaths.sitemap), absoluteUrl(feedPaths.newsSitemap)],
  };
}
