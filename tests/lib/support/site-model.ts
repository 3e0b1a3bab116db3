import { createSiteModel, type SiteModel } from '@/lib/site-model';
import type { WorldCupSeason } from '@/lib/skating/world-cup-data';
import type { Article, Athlete, Competition } from '@/lib/types';

/** A site model of just these records, as the loader would hand them over (articles newest first). */
export function modelOf(
  records: {
    articles?: Article[];
    athletes?: Athlete[];
    competitions?: Competition[];
    worldCupSeasons?: WorldCupSeason[];
  },
  builtAt = new Date('2026-02-01T12:00:00Z'),
): SiteModel {
  const articles = records.articles ?? [];
  return createSiteModel(
    {
      warnings: [],
      articles,
      athletes: records.athletes ?? [],
      authors: [],
      competitions: records.competitions ?? [],
      worldCupSeasons: records.worldCupSeasons ?? [],
      summary: { published: articles.length, drafts: [], scheduled: [], ignored: [] },
    },
    builtAt,
  );
}
