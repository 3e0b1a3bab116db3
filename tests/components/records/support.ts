import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { createSiteModel, type SiteModel } from '@/lib/site-model';

/** The site model of the real content: the first story's results. */
export function realModel(): SiteModel {
  const now = new Date('2026-02-01T12:00:00Z');
  return createSiteModel(
    loadContent({ root: path.resolve('content'), now, includeUnpublished: false, publicDir: path.resolve('public') }),
    now,
  );
}
